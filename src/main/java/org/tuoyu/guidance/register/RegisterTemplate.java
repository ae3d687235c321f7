package org.tuoyu.guidance.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tuoyu.shared.Sex;

/**
 * The register's upload templates, Excel and CSV: the translated headers and one example row
 * (with the ID number GB 11643 itself uses, so it is never imported). Excel columns hold text, so
 * that ID numbers and codes keep every digit.
 */
@Component
class RegisterTemplate {

	private final MessageSource messages;

	RegisterTemplate(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("guidance.register.template.sheet", null, locale));
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			List<String> values = example(locale);
			for (RegisterColumn column : RegisterColumn.values()) {
				int c = column.ordinal();
				sheet.setDefaultColumnStyle(c, text);
				sheet.setColumnWidth(c, (column == RegisterColumn.RESIDENT_ID ? 24 : 16) * 256);
				Cell cell = header.createCell(c);
				cell.setCellValue(messages.getMessage(column.headerKey(), null, locale));
				cell.setCellStyle(bold);
				Cell value = example.createCell(c);
				value.setCellValue(values.get(c));
				value.setCellStyle(text);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] csv(Locale locale) {
		String header = List.of(RegisterColumn.values())
			.stream()
			.map(column -> messages.getMessage(column.headerKey(), null, locale))
			.collect(Collectors.joining(","));
		return ("\uFEFF" + header + "\r\n" + String.join(",", example(locale)) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private List<String> example(Locale locale) {
		return List.of(messages.getMessage("guidance.register.template.exampleName", null, locale),
				messages.getMessage("family.sex." + Sex.FEMALE.name(), null, locale), "1949-12-31",
				RegisterRowReader.EXAMPLE_RESIDENT_ID, "320213021001",
				messages.getMessage("guidance.register.template.exampleGuardian", null, locale), "13800000000",
				messages.getMessage(RegisterOrigin.NEWBORN_VISIT.messageKey(), null, locale));
	}
}
