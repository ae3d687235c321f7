package org.tuoyu.staff.internal;

import java.time.LocalDate;

import org.tuoyu.platform.BusinessRuleException;

/** Checks of typed input shared by the staff commands; each failure names its field. */
public final class Inputs {

	private Inputs() {
	}

	/** Trimmed text of min to max characters. */
	public static String text(String field, String value, int min, int max) {
		String trimmed = value == null ? "" : value.trim();
		if (trimmed.length() < min || trimmed.length() > max) {
			throw new BusinessRuleException(field, "staff.field.length", min, max);
		}
		return trimmed;
	}

	/** A value that must be given. */
	public static <T> T given(String field, T value) {
		if (value == null) {
			throw new BusinessRuleException(field, "staff.field.required");
		}
		return value;
	}

	/** A date that must be given and not lie after today. */
	public static LocalDate notFuture(String field, LocalDate value, LocalDate today) {
		if (given(field, value).isAfter(today)) {
			throw new BusinessRuleException(field, "staff.date.future");
		}
		return value;
	}
}
