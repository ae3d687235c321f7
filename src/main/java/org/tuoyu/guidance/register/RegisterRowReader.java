package org.tuoyu.guidance.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tuoyu.guidance.register.RegisterFile.Line;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.Sex;

/**
 * Turns the rows of an upload into children to check: finds the template's columns by their
 * headers (in Chinese or English, in any order, other columns ignored) and reads sex, birth date
 * and origin as people write them (男/女, 2025-03-01, 2025/3/1, 2025年3月1日, 新生儿访视/出生登记).
 */
@Component
class RegisterRowReader {

	/** The template's example row carries this ID number (the one GB 11643 itself uses); it is never imported. */
	static final String EXAMPLE_RESIDENT_ID = "11010519491231002X";

	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private static final List<DateTimeFormatter> DATES = List
		.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd")
		.stream()
		.map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private final MessageSource messages;

	RegisterRowReader(MessageSource messages) {
		this.messages = messages;
	}

	/** A data row: its number, and the child it asks for or why it cannot be read. */
	record Row(int row, String residentId, NewRegisterChild child, BusinessRuleException problem) {
	}

	/** The data rows of a file (the header row first in {@code lines}), without the template's example. */
	List<Row> rows(List<Line> lines) {
		if (lines.isEmpty()) {
			throw new BusinessRuleException("file", "guidance.register.import.noRows");
		}
		Map<RegisterColumn, Integer> columns = columns(lines.get(0));
		Map<String, Sex> sexes = words(Sex.values(), sex -> "family.sex." + sex.name());
		sexes.put("m", Sex.MALE);
		sexes.put("f", Sex.FEMALE);
		Map<String, RegisterOrigin> origins = words(RegisterOrigin.values(), RegisterOrigin::messageKey);
		return lines.subList(1, lines.size())
			.stream()
			.map(line -> row(line, columns, sexes, origins))
			.filter(row -> !EXAMPLE_RESIDENT_ID.equalsIgnoreCase(row.residentId()))
			.toList();
	}

	private Map<RegisterColumn, Integer> columns(Line header) {
		Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
		for (RegisterColumn column : RegisterColumn.values()) {
			for (int c = 0; c < header.cells().size(); c++) {
				if (matches(header.cell(c), column.headerKey())) {
					columns.put(column, c);
				}
			}
			if (!columns.containsKey(column)) {
				throw new BusinessRuleException("file", "guidance.register.import.missingColumn", column.headerKey());
			}
		}
		return columns;
	}

	/** Each value by its name and its message in either language, lower-case. */
	private <E extends Enum<E>> Map<String, E> words(E[] values, Function<E, String> key) {
		Map<String, E> words = new HashMap<>();
		for (E value : values) {
			words.put(value.name().toLowerCase(Locale.ROOT), value);
			for (Locale language : LANGUAGES) {
				words.put(messages.getMessage(key.apply(value), null, language).toLowerCase(Locale.ROOT), value);
			}
		}
		return words;
	}

	private Row row(Line line, Map<RegisterColumn, Integer> columns, Map<String, Sex> sexes,
			Map<String, RegisterOrigin> origins) {
		String residentId = line.cell(columns.get(RegisterColumn.RESIDENT_ID));
		try {
			NewRegisterChild child = new NewRegisterChild(line.cell(columns.get(RegisterColumn.NAME)),
					word(sexes, line.cell(columns.get(RegisterColumn.SEX)), "sex"),
					birthDate(line.cell(columns.get(RegisterColumn.BIRTH_DATE))), residentId,
					line.cell(columns.get(RegisterColumn.COMMUNITY)), line.cell(columns.get(RegisterColumn.GUARDIAN_NAME)),
					line.cell(columns.get(RegisterColumn.GUARDIAN_PHONE)),
					word(origins, line.cell(columns.get(RegisterColumn.ORIGIN)), "origin"));
			return new Row(line.row(), residentId, child, null);
		}
		catch (BusinessRuleException ex) {
			return new Row(line.row(), residentId, null, ex);
		}
	}

	/**
	 * A value by one of its words (男/女, M/F, 新生儿访视/出生登记 or the English names); {@code null}
	 * when empty, else a problem on the field.
	 */
	private static <E> E word(Map<String, E> words, String text, String field) {
		if (text.isEmpty()) {
			return null;
		}
		E value = words.get(text.toLowerCase(Locale.ROOT));
		if (value == null) {
			throw new BusinessRuleException(field, "guidance.register." + field + ".invalid", text);
		}
		return value;
	}

	/** A date as people write it; {@code null} when empty. */
	private static LocalDate birthDate(String text) {
		if (text.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		throw new BusinessRuleException("birthDate", "guidance.register.birthDate.invalid", text);
	}

	/** Whether the text is the message in Chinese or English (letter case aside). */
	private boolean matches(String text, String key) {
		return LANGUAGES.stream().anyMatch(language -> text.equalsIgnoreCase(messages.getMessage(key, null, language)));
	}
}
