package org.tuoyu.institution.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionSummary;
import org.tuoyu.institution.NewInstitution;
import org.tuoyu.institution.NewSite;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.BusinessRuleException;

/**
 * The registry as an .xlsx file: export of a list, the import template, and reading the template
 * back into registration commands. Enum cells take the Chinese name (as in the template) or the
 * code.
 */
@Component
public class RegistrySpreadsheet {

	/** Template columns, in order: message key of the header and the field it fills. */
	public static final List<String> COLUMNS = List.of("name", "creditCode", "registrationType", "ownership",
			"category", "serviceForms", "headName", "contactPhone", "siteName", "address", "divisionCode", "latitude",
			"longitude", "roomFloor", "indoorArea", "adminUsername", "adminPassword");

	private static final int MAX_ROWS = 2000;

	private final MessageSource messages;

	RegistrySpreadsheet(MessageSource messages) {
		this.messages = messages;
	}

	/** One parsed row, or the problem that stopped it from being read. */
	public record ParsedRow(int row, NewInstitution command, BusinessRuleException problem) {
	}

	public byte[] template(Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(text("import.institutions.sheet", locale));
			header(workbook, sheet, COLUMNS.stream().map(c -> text("import.institutions.column." + c, locale)).toList());
			Row example = sheet.createRow(1);
			List<String> values = List.of("示例托育中心", "91350100M000100Y43", text(RegistrationType.ENTERPRISE.messageKey(), locale),
					text(Ownership.PRIVATE.messageKey(), locale), text(InstitutionCategory.STANDALONE.messageKey(), locale),
					text(ServiceForm.FULL_DAY.messageKey(), locale) + "," + text(ServiceForm.HALF_DAY.messageKey(), locale),
					"张园长", "0510-82345678", "主园区", "梁溪区中山路1号", "320213021", "31.5689", "120.2991", "1", "420",
					"example-org", "Example2026pw");
			for (int i = 0; i < values.size(); i++) {
				example.createCell(i).setCellValue(values.get(i));
			}
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] export(List<InstitutionSummary> rows, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(text("institutions.title", locale));
			List<String> headers = List.of("institutions.name", "institutions.creditCode", "institutions.registrationType",
					"institutions.ownership", "institutions.category", "institutions.street", "institutions.places",
					"institutions.inclusive", "institutions.priceCap", "institutions.demonstration", "institutions.status",
					"institutions.headName", "institutions.contactPhone");
			header(workbook, sheet, headers.stream().map(h -> text(h, locale)).toList());
			int r = 1;
			for (InstitutionSummary s : rows) {
				var i = s.institution();
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(i.name());
				row.createCell(1).setCellValue(i.creditCode().value());
				row.createCell(2).setCellValue(text(i.registrationType().messageKey(), locale));
				row.createCell(3).setCellValue(text(i.ownership().messageKey(), locale));
				row.createCell(4).setCellValue(text(i.category().messageKey(), locale));
				row.createCell(5).setCellValue(s.streetName());
				row.createCell(6).setCellValue(s.places());
				row.createCell(7).setCellValue(i.inclusive() ? text("institutions.inclusive", locale) : "");
				if (i.inclusivePriceCap() != null) {
					row.createCell(8).setCellValue(i.inclusivePriceCap().doubleValue());
				}
				row.createCell(9).setCellValue(text(i.demonstrationLevel().messageKey(), locale));
				row.createCell(10).setCellValue(text(i.status().messageKey(), locale));
				row.createCell(11).setCellValue(i.headName());
				row.createCell(12).setCellValue(i.contactPhone());
			}
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads every data row; a row that cannot be read carries its problem instead of a command. */
	public List<ParsedRow> read(byte[] content) {
		List<ParsedRow> parsed = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new BusinessRuleException("file", "import.institutions.tooManyRows", MAX_ROWS);
			}
			int last = sheet.getLastRowNum();
			for (int r = 1; r <= last; r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(row, formatter)) {
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int c = 0; c < COLUMNS.size(); c++) {
					Cell cell = row.getCell(c);
					cells.put(COLUMNS.get(c), cell == null ? "" : formatter.formatCellValue(cell).trim());
				}
				try {
					parsed.add(new ParsedRow(r + 1, command(cells), null));
				}
				catch (BusinessRuleException ex) {
					parsed.add(new ParsedRow(r + 1, null, ex));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof BusinessRuleException rule) {
				throw rule;
			}
			throw new BusinessRuleException("file", "import.institutions.unreadable");
		}
		return parsed;
	}

	private NewInstitution command(Map<String, String> c) {
		Set<ServiceForm> forms = EnumSet.noneOf(ServiceForm.class);
		for (String part : c.get("serviceForms").split("[,，、;；\\s]+")) {
			if (!part.isBlank()) {
				forms.add(enumValue("serviceForms", part, ServiceForm.values(), ServiceForm::messageKey));
			}
		}
		return new NewInstitution(c.get("name"), c.get("creditCode"),
				enumValue("registrationType", c.get("registrationType"), RegistrationType.values(), RegistrationType::messageKey),
				enumValue("ownership", c.get("ownership"), Ownership.values(), Ownership::messageKey),
				enumValue("category", c.get("category"), InstitutionCategory.values(), InstitutionCategory::messageKey),
				forms, c.get("headName"), c.get("contactPhone"), false, null, null, DemonstrationLevel.NONE,
				new NewSite(c.get("siteName"), c.get("address"), c.get("divisionCode"), decimal("latitude", c.get("latitude")),
						decimal("longitude", c.get("longitude")), integer("roomFloor", c.get("roomFloor")),
						decimal("indoorArea", c.get("indoorArea")), null),
				c.get("adminUsername"), c.get("adminPassword"));
	}

	private <E extends Enum<E>> E enumValue(String field, String text, E[] values, Function<E, String> key) {
		String value = text == null ? "" : text.trim();
		for (E e : values) {
			if (e.name().equalsIgnoreCase(value) || text(key.apply(e), Locale.SIMPLIFIED_CHINESE).equals(value)
					|| text(key.apply(e), Locale.ENGLISH).equalsIgnoreCase(value)) {
				return e;
			}
		}
		throw new BusinessRuleException(field, "import.institutions.unknownValue", value);
	}

	private static BigDecimal decimal(String field, String text) {
		try {
			return text.isBlank() ? null : new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleException(field, "import.institutions.number", text);
		}
	}

	private static Integer integer(String field, String text) {
		try {
			return text.isBlank() ? null : new BigDecimal(text).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new BusinessRuleException(field, "import.institutions.number", text);
		}
	}

	private static boolean blank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK && !formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static void header(Workbook workbook, Sheet sheet, List<String> headers) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row row = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, 18 * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
