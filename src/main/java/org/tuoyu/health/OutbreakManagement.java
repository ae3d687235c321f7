package org.tuoyu.health;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.health.internal.SignalRows;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;

/**
 * Outbreak signals (疫情信号), opened by the checks ({@link HealthManagement#recordCheck}): officers
 * see those of their area — with the children's names, needed for the follow-up, every read
 * audited — and a district administrator records how each was handled, which closes it. The
 * institution sees its own.
 */
@Service
public class OutbreakManagement {

	private static final int MAX_NOTE = 1000;

	private final SignalRows signals;

	private final AuditLog audit;

	OutbreakManagement(SignalRows signals, AuditLog audit) {
		this.signals = signals;
		this.audit = audit;
	}

	/** The signals in the user's scope (an officer's area or the staff member's institution), open first. */
	@Transactional
	public List<OutbreakSignal> signals(CurrentUser user) {
		if (user.role().isOfficer()) {
			String division = user.scope().division().value();
			audit.record(new AuditEntry("health.signals.read", "division", division, user.scope().division(), null, ""));
			return signals.inDivision(division);
		}
		if (user.role().isInstitutionStaff()) {
			UUID institution = user.scope().institutionId();
			audit.record(new AuditEntry("health.signals.read", "institution", institution.toString(), null, institution, ""));
			return signals.ofInstitution(institution);
		}
		throw new NotFoundException("signal");
	}

	/** One signal in the user's scope, or 404. */
	@Transactional
	public OutbreakSignal signal(CurrentUser user, UUID id) {
		OutbreakSignal signal = visible(user, id);
		audit.record(new AuditEntry("health.signal.read", "outbreak-signal", id.toString(), null, signal.institutionId(), ""));
		return signal;
	}

	/**
	 * Records how an open signal in the user's area was handled and closes it (district or city
	 * administrators).
	 */
	@Transactional
	public void recordHandling(CurrentUser user, UUID id, String note) {
		OutbreakSignal signal = visible(user, id);
		if (user.role() != Role.DISTRICT_ADMIN && user.role() != Role.CITY_ADMIN) {
			throw new BusinessRuleException(null, "health.signal.adminsOnly");
		}
		String text = note == null ? "" : note.trim();
		if (text.isEmpty()) {
			throw new BusinessRuleException("note", "health.field.required");
		}
		if (text.length() > MAX_NOTE) {
			throw new BusinessRuleException("note", "health.field.tooLong", MAX_NOTE);
		}
		if (!signals.close(id, text, user.accountId())) {
			throw new BusinessRuleException(null, "health.signal.closed");
		}
		audit.record(new AuditEntry("health.signal.handle", "outbreak-signal", id.toString(), null,
				signal.institutionId(), signal.symptom().name()));
	}

	private OutbreakSignal visible(CurrentUser user, UUID id) {
		return signals.signal(id).filter(s -> inScope(user, s)).orElseThrow(() -> new NotFoundException("signal"));
	}

	private boolean inScope(CurrentUser user, OutbreakSignal signal) {
		if (user.role().isOfficer()) {
			return signals.divisionOf(signal.id()).isWithin(user.scope().division());
		}
		return user.role().isInstitutionStaff() && signal.institutionId().equals(user.scope().institutionId());
	}
}
