package org.tuoyu.health;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.health.internal.ChildRecordAccess;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DocumentFormat;

/**
 * Who may keep and read a child's health records (examinations, immunisation): the health worker
 * and administrator of the institution where the child is placed keep them and read them with the
 * child's guardians and the officers covering that institution, within {@link RecordReach} (a new
 * institution reads what was recorded elsewhere only with the guardians' consent). Anyone else is
 * not found.
 */
@Component
class ChildHealthAccess {

	/** Largest document (examination report, vaccination certificate) accepted, in bytes. */
	static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

	private final HealthPlaces places;

	private final ChildRecordAccess recordAccess;

	ChildHealthAccess(HealthPlaces places, ChildRecordAccess recordAccess) {
		this.places = places;
		this.recordAccess = recordAccess;
	}

	/** Whether the user keeps health records (a health worker or an institution's administrator). */
	static boolean keeper(CurrentUser user) {
		return user.role() == Role.HEALTH_WORKER || user.role() == Role.INSTITUTION_ADMIN;
	}

	/** A child placed at the keeper's institution. */
	HealthPlaces.Placed kept(CurrentUser user, UUID childId) {
		if (!keeper(user) || childId == null) {
			throw new NotFoundException("child");
		}
		return places.placed(user, childId);
	}

	/**
	 * How much of the child's health records the user may read ({@link ChildRecordAccess}); of the
	 * institution's staff, only the keepers read them.
	 */
	RecordReach readable(CurrentUser user, UUID childId) {
		if (user.role().isInstitutionStaff() && !keeper(user)) {
			throw new NotFoundException("child");
		}
		return recordAccess.reach(user, childId);
	}

	/**
	 * The content type of an uploaded document (PDF, JPEG or PNG, recognised from its content), or
	 * {@code null} when none was uploaded and none is required.
	 */
	static String documentType(String field, byte[] content, boolean required) {
		if (content == null || content.length == 0) {
			if (required) {
				throw new BusinessRuleException(field, "health.document.required");
			}
			return null;
		}
		if (content.length > MAX_DOCUMENT_BYTES) {
			throw new BusinessRuleException(field, "health.document.tooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024);
		}
		return DocumentFormat.detect(content).orElseThrow(() -> new BusinessRuleException(field, "health.document.type"));
	}

	/** A trimmed optional text, null when blank, refused when longer than {@code max}. */
	static String optionalText(String field, String value, int max) {
		String text = value == null || value.isBlank() ? null : value.trim();
		if (text != null && text.length() > max) {
			throw new BusinessRuleException(field, "health.field.tooLong", max);
		}
		return text;
	}
}
