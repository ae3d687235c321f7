package org.tuoyu.staff.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.staff.NewHire;
import org.tuoyu.staff.StaffMember;
import org.tuoyu.staff.StaffRole;

/**
 * Staff as an .xlsx file: the import template, reading a filled template back into hires, and the
 * roster export with masked ID and phone numbers. A role cell takes the role's name as the
 * template shows it (Chinese or English) or its code; a date cell a date or text such as
 * 2026-09-01, 2026/9/1 or 2026年9月1日.
 */
@Component
public class StaffSpreadsheet {

	/** Template columns, in order: the field each fills; its header is the message {@code staff.<field>}. */
	public static final List<String> COLUMNS = List.of("name", "residentId", "phone", "role", "startedOn");

	/** The example row's ID number (the one GB 11643 itself uses): a row with it is never imported. */
	public static final String EXAMPLE_RESIDENT_ID = "11010519491231002X";

	private static final int MAX_ROWS = 500;

	private static final int NAME = 0;

	private static final int RESIDENT_ID = 1;

	private static final int PHONE = 2;

	private static final int ROLE = 3;

	private static final int STARTED_ON = 4;

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final List<DateTimeFormatter> DATES = List
		.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd")
		.stream()
		.map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private final MessageSource messages;

	StaffSpreadsheet(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One data row: its number (header = row 1), the ID number as typed (for duplicates within the
	 * file), and the hire it asks for or the problem that stopped it from being read.
	 */
	public record ParsedRow(int row, String residentId, NewHire hire, BusinessRuleException problem) {
	}

	/** The empty template: bold headers, text-formatted ID and phone columns, a role list and one example row. */
	public byte[] template(Locale locale) {
		return write(locale, "staff.import.sheet", COLUMNS.stream().map(c -> "staff." + c).toList(), (workbook, sheet) -> {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle dates = dateStyle(workbook);
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.setDefaultColumnStyle(c, c == STARTED_ON ? dates : text);
			}
			DataValidationHelper helper = sheet.getDataValidationHelper();
			DataValidation roles = helper.createValidation(
					helper.createExplicitListConstraint(
							Arrays.stream(StaffRole.values()).map(r -> text(r.messageKey(), locale)).toArray(String[]::new)),
					new CellRangeAddressList(1, MAX_ROWS, ROLE, ROLE));
			// A suggestion only: codes and the other language's names are accepted too.
			roles.setShowErrorBox(false);
			sheet.addValidationData(roles);
			Row example = sheet.createRow(1);
			fill(example, List.of("张晓燕", EXAMPLE_RESIDENT_ID, "13812345678", text(StaffRole.CAREGIVER.messageKey(), locale)));
			date(example, STARTED_ON, LocalDate.of(2026, 9, 1), dates);
		});
	}

	/** The roster as it is shown: ID and phone numbers masked, roles and certificate status translated. */
	public byte[] export(List<StaffMember> roster, Locale locale) {
		List<String> headers = List.of("staff.name", "staff.residentId", "staff.phone", "staff.role", "staff.startedOn",
				"staff.import.certificates", "staff.classes");
		return write(locale, "staff.roster", headers, (workbook, sheet) -> {
			CellStyle dates = dateStyle(workbook);
			int r = 1;
			for (StaffMember member : roster) {
				Row row = sheet.createRow(r++);
				fill(row, List.of(member.name(), member.residentIdMasked(),
						member.phoneMasked() == null ? "" : member.phoneMasked(), text(member.role().messageKey(), locale)));
				date(row, STARTED_ON, member.startedOn(), dates);
				row.createCell(STARTED_ON + 1).setCellValue(text(member.certificates().messageKey(), locale));
				row.createCell(STARTED_ON + 2).setCellValue(String.join("、", member.classNames()));
			}
		});
	}

	/**
	 * Reads every data row of a filled template, skipping blank rows and the example row. Fails as
	 * a whole when the file is no spreadsheet, its headers are not the template's or it is too long.
	 */
	public List<ParsedRow> read(byte[] content) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			Cells cells = new Cells(new DataFormatter(Locale.ROOT),
					workbook.getCreationHelper().createFormulaEvaluator());
			requireTemplateHeader(sheet.getRow(0), cells);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new BusinessRuleException("file", "staff.import.tooManyRows", MAX_ROWS);
			}
			List<ParsedRow> parsed = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || cells.blank(row)) {
					continue;
				}
				String residentId = cells.text(row, RESIDENT_ID);
				if (residentId.equalsIgnoreCase(EXAMPLE_RESIDENT_ID)) {
					continue;
				}
				try {
					parsed.add(new ParsedRow(r + 1, residentId, hire(row, cells), null));
				}
				catch (BusinessRuleException ex) {
					parsed.add(new ParsedRow(r + 1, residentId, null, ex));
				}
			}
			return parsed;
		}
		catch (BusinessRuleException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new BusinessRuleException("file", "staff.import.unreadable");
		}
	}

	private NewHire hire(Row row, Cells cells) {
		String name = cells.text(row, NAME);
		if (name.isEmpty()) {
			throw new BusinessRuleException("name", "staff.field.required");
		}
		Cell id = row.getCell(RESIDENT_ID);
		if (id != null && id.getCellType() == CellType.NUMERIC) {
			// Excel keeps 15 significant digits: an 18-digit number has already lost its last ones.
			throw new BusinessRuleException("residentId", "staff.import.residentIdAsNumber");
		}
		return new NewHire(name, cells.text(row, RESIDENT_ID), cells.text(row, PHONE), role(cells.text(row, ROLE)),
				startedOn(row.getCell(STARTED_ON), cells));
	}

	private StaffRole role(String value) {
		if (value.isEmpty()) {
			return null;
		}
		for (StaffRole role : StaffRole.values()) {
			if (role.name().equalsIgnoreCase(value) || text(role.messageKey(), Locale.SIMPLIFIED_CHINESE).equals(value)
					|| text(role.messageKey(), Locale.ENGLISH).equalsIgnoreCase(value)) {
				return role;
			}
		}
		throw new BusinessRuleException("role", "staff.import.unknownRole", value);
	}

	private static LocalDate startedOn(Cell cell, Cells cells) {
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String value = cell == null ? "" : cells.text(cell);
		if (value.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		throw new BusinessRuleException("startedOn", "staff.import.date", value);
	}

	private void requireTemplateHeader(Row header, Cells cells) {
		for (int c = 0; c < COLUMNS.size(); c++) {
			String key = "staff." + COLUMNS.get(c);
			String value = header == null ? "" : cells.text(header, c);
			if (!value.equals(text(key, Locale.SIMPLIFIED_CHINESE)) && !value.equalsIgnoreCase(text(key, Locale.ENGLISH))) {
				throw new BusinessRuleException("file", "staff.import.header");
			}
		}
	}

	/** Cell values as trimmed text, formulas evaluated. */
	private record Cells(DataFormatter formatter, FormulaEvaluator evaluator) {

		String text(Row row, int column) {
			Cell cell = row.getCell(column);
			return cell == null ? "" : text(cell);
		}

		String text(Cell cell) {
			return formatter.formatCellValue(cell, evaluator).strip();
		}

		boolean blank(Row row) {
			for (Cell cell : row) {
				if (!text(cell).isEmpty()) {
					return false;
				}
			}
			return true;
		}
	}

	/** What fills a sheet below its header row. */
	private interface SheetContent {

		void fill(Workbook workbook, Sheet sheet);
	}

	/** A one-sheet workbook with a bold, frozen header row of translated labels. */
	private byte[] write(Locale locale, String sheetName, List<String> headerKeys, SheetContent content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text(sheetName, locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < headerKeys.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(text(headerKeys.get(c), locale));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(c, (c == RESIDENT_ID ? 24 : 16) * 256);
			}
			sheet.createFreezePane(0, 1);
			content.fill(workbook, sheet);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CellStyle dateStyle(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
		return style;
	}

	private static void fill(Row row, List<String> values) {
		for (int c = 0; c < values.size(); c++) {
			row.createCell(c).setCellValue(values.get(c));
		}
	}

	private static void date(Row row, int column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
