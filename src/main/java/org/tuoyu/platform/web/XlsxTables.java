package org.tuoyu.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report table as a one-sheet .xlsx download: a bold, frozen header row, then the rows; numbers
 * stay numbers (amounts with two decimals), empty cells stay empty. Rows stream to a temporary file
 * as they are written, so a district's or a city's list does not have to fit in memory as cells.
 */
public final class XlsxTables {

	private static final int ROWS_IN_MEMORY = 200;

	/** The .xlsx media type. */
	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private XlsxTables() {
	}

	/** The table as an attachment named {@code fileName}. */
	public static ResponseEntity<byte[]> download(String fileName, String sheetName, List<String> headers,
			List<List<Object>> rows) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(workbook(sheetName, headers, rows));
	}

	static byte[] workbook(String sheetName, List<String> headers, List<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, 16 * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof BigDecimal amount) {
						Cell cell = row.createCell(i);
						cell.setCellValue(amount.doubleValue());
						cell.setCellStyle(money);
					}
					else if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
