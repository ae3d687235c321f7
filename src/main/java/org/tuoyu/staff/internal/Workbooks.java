package org.tuoyu.staff.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.BusinessRuleException;

/**
 * What the staff spreadsheets share: a one-sheet .xlsx with a bold, frozen header row of translated
 * labels; an import template built from its columns and one example row; and reading a filled
 * template back row by row. Every template has the resident ID in its second column; its example
 * row is never imported. Headers match in Chinese or English; a date cell takes a date or text such
 * as 2026-09-01, 2026/9/1 or 2026年9月1日.
 */
@Component
public class Workbooks {

	/** The example row's ID number (the one GB 11643 itself uses): a row with it is never imported. */
	public static final String EXAMPLE_RESIDENT_ID = "11010519491231002X";

	/** The column of the resident ID in every template. */
	public static final int RESIDENT_ID = 1;

	/** The most data rows a file may hold. */
	public static final int MAX_ROWS = 500;

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final List<DateTimeFormatter> DATES = List
		.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd")
		.stream()
		.map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private final MessageSource messages;

	Workbooks(MessageSource messages) {
		this.messages = messages;
	}

	/** A template column: the field it fills and the message key of its header. */
	public record Column(String field, String headerKey) {
	}

	/**
	 * A template: the message key of its sheet's name, its columns in order, and the message keys
	 * of the problems of a file whose header row is not the template's or that has too many rows.
	 */
	public record Layout(String sheetKey, List<Column> columns, String headerProblem, String tooManyRowsProblem) {

		/** The message key of the header of the column a field is typed in, or {@code null}. */
		public String headerKey(String field) {
			return columns.stream().filter(c -> c.field().equals(field)).map(Column::headerKey).findFirst().orElse(null);
		}

		List<String> headerKeys() {
			return columns.stream().map(Column::headerKey).toList();
		}
	}

	/**
	 * One data row: its number (header = row 1), the ID number as typed (for duplicates within the
	 * file), and what it asks for or the problem that stopped it from being read.
	 */
	public record SheetRow<T>(int row, String residentId, T value, BusinessRuleException problem) {
	}

	/** Reads one data row into what it asks for, or fails with the rule it breaks. */
	public interface RowReader<T> {

		T read(Row row, Cells cells);
	}

	/** What fills a sheet below its header row. */
	public interface SheetContent {

		void fill(Workbook workbook, Sheet sheet);
	}

	/**
	 * The empty template: a column takes dates where the example has a date, numbers where it has
	 * a number and text (so ID numbers keep every digit) elsewhere; then {@code extra}, then the
	 * example row.
	 */
	public byte[] template(Locale locale, Layout layout, List<?> example, SheetContent extra) {
		return write(locale, layout.sheetKey(), layout.headerKeys(), (workbook, sheet) -> {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle dates = dateStyle(workbook);
			for (int c = 0; c < example.size(); c++) {
				if (example.get(c) instanceof LocalDate) {
					sheet.setDefaultColumnStyle(c, dates);
				}
				else if (!(example.get(c) instanceof Number)) {
					sheet.setDefaultColumnStyle(c, text);
				}
			}
			extra.fill(workbook, sheet);
			fill(sheet.createRow(1), example, dates);
		});
	}

	/** A one-sheet workbook with a bold, frozen header row of translated labels. */
	public byte[] write(Locale locale, String sheetKey, List<String> headerKeys, SheetContent content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text(sheetKey, locale));
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

	/**
	 * Reads every data row of a filled template, skipping blank rows and the example row. Fails as
	 * a whole when the file is no spreadsheet, its headers are not the template's or it is too long.
	 */
	public <T> List<SheetRow<T>> read(byte[] content, Layout layout, RowReader<T> reader) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			Cells cells = new Cells(new DataFormatter(Locale.ROOT), workbook.getCreationHelper().createFormulaEvaluator());
			requireTemplateHeader(sheet.getRow(0), cells, layout);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new BusinessRuleException("file", layout.tooManyRowsProblem(), MAX_ROWS);
			}
			List<SheetRow<T>> parsed = new ArrayList<>();
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
					parsed.add(new SheetRow<>(r + 1, residentId, reader.read(row, cells), null));
				}
				catch (BusinessRuleException ex) {
					parsed.add(new SheetRow<>(r + 1, residentId, null, ex));
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

	/** A message in a language, or its key if there is none. */
	public String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** The style of a date cell. */
	public static CellStyle dateStyle(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
		return style;
	}

	/** Writes values from the first column on: dates as date cells in {@code dates}, numbers as numbers, the rest as text. */
	public static void fill(Row row, List<?> values, CellStyle dates) {
		for (int c = 0; c < values.size(); c++) {
			Cell cell = row.createCell(c);
			if (values.get(c) instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(dates);
			}
			else if (values.get(c) instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(values.get(c) == null ? "" : values.get(c).toString());
			}
		}
	}

	private void requireTemplateHeader(Row header, Cells cells, Layout layout) {
		List<String> keys = layout.headerKeys();
		for (int c = 0; c < keys.size(); c++) {
			String value = header == null ? "" : cells.text(header, c);
			if (!value.equals(text(keys.get(c), Locale.SIMPLIFIED_CHINESE))
					&& !value.equalsIgnoreCase(text(keys.get(c), Locale.ENGLISH))) {
				throw new BusinessRuleException("file", layout.headerProblem());
			}
		}
	}

	/** The cells of a filled template: values as trimmed text (formulas evaluated), ID numbers, dates and numbers. */
	public static final class Cells {

		private final DataFormatter formatter;

		private final FormulaEvaluator evaluator;

		private Cells(DataFormatter formatter, FormulaEvaluator evaluator) {
			this.formatter = formatter;
			this.evaluator = evaluator;
		}

		/** The cell's value as displayed, trimmed; empty for a missing cell. */
		public String text(Row row, int column) {
			Cell cell = row.getCell(column);
			return cell == null ? "" : text(cell);
		}

		/** Text that must be given: otherwise a rule broken on {@code field}. */
		public String required(Row row, int column, String field) {
			String value = text(row, column);
			if (value.isEmpty()) {
				throw new BusinessRuleException(field, "staff.field.required");
			}
			return value;
		}

		/** An ID number as typed, refused when Excel stored it as a number (and so lost its last digits). */
		public String residentId(Row row, int column, String field) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.NUMERIC) {
				// Excel keeps 15 significant digits: an 18-digit number has already lost its last ones.
				throw new BusinessRuleException(field, "staff.import.residentIdAsNumber");
			}
			return text(row, column);
		}

		/** A date cell or a date written as text; {@code null} when empty, else {@code problem} with the text. */
		public LocalDate date(Row row, int column, String field, String problem) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate();
			}
			String value = text(row, column);
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
			throw new BusinessRuleException(field, problem, value);
		}

		/** A number cell or a number written as text; {@code null} when empty, else {@code problem} with the text. */
		public BigDecimal number(Row row, int column, String field, String problem) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.NUMERIC) {
				return BigDecimal.valueOf(cell.getNumericCellValue());
			}
			String value = text(row, column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(value);
			}
			catch (NumberFormatException ex) {
				throw new BusinessRuleException(field, problem, value);
			}
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
}
