package org.tuoyu.guidance.register;

import java.util.Arrays;

/**
 * The columns of a register upload, in the template's order: each fills a field of
 * {@link NewRegisterChild} and is headed by a translated label (matched in Chinese or English).
 */
enum RegisterColumn {

	NAME("name"), SEX("sex"), BIRTH_DATE("birthDate"), RESIDENT_ID("residentId"), COMMUNITY("communityCode"),
	GUARDIAN_NAME("guardianName"), GUARDIAN_PHONE("guardianPhone"), ORIGIN("origin");

	private final String field;

	RegisterColumn(String field) {
		this.field = field;
	}

	/** The field of {@link NewRegisterChild} the column fills, which problems name. */
	String field() {
		return field;
	}

	/** The message key of the column's header. */
	String headerKey() {
		return "guidance.register.column." + field;
	}

	/** The message key of the header of the column a field is read from, or {@code null}. */
	static String headerKeyOf(String field) {
		return Arrays.stream(values()).filter(c -> c.field.equals(field)).map(RegisterColumn::headerKey).findFirst()
			.orElse(null);
	}
}
