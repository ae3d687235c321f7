package org.tuoyu.platform;

import java.util.UUID;

import org.tuoyu.shared.DivisionCode;

/**
 * One thing to write to the audit log: what was done, to which record, where.
 *
 * @param action a stable upper-case action name, e.g. {@code ACCOUNT_CREATED}
 * @param targetType the kind of record touched, e.g. {@code account}
 * @param targetId the record's id
 * @param division the division the record belongs to, for scoped browsing
 * @param institutionId the institution the record belongs to
 * @param details a short human-readable detail, never a full ID or phone number
 */
public record AuditEntry(String action, String targetType, String targetId, DivisionCode division, UUID institutionId,
		String details) {

	public static AuditEntry of(String action, String targetType, Object targetId) {
		return new AuditEntry(action, targetType, targetId == null ? null : targetId.toString(), null, null, "");
	}

	public AuditEntry in(DivisionCode division) {
		return new AuditEntry(action, targetType, targetId, division, institutionId, details);
	}

	public AuditEntry withDetails(String details) {
		return new AuditEntry(action, targetType, targetId, division, institutionId, details);
	}
}
