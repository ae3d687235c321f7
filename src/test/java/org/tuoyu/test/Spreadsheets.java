package org.tuoyu.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel files for import tests: written as a person fills them in, read back as displayed. */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	/** A one-sheet workbook: the header row, then text cells, number cells for numbers and date cells for dates. */
	public static byte[] workbook(List<?> header, List<? extends List<?>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("导入");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			List<List<?>> all = new ArrayList<>();
			all.add(header);
			all.addAll(rows);
			for (int r = 0; r < all.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < all.get(r).size(); c++) {
					Cell cell = row.createCell(c);
					Object value = all.get(r).get(c);
					if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Every row of the first sheet as displayed text, dates as yyyy-MM-dd. */
	public static List<List<String>> cells(byte[] xlsx) throws Exception {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> values = new ArrayList<>();
				for (Cell cell : row) {
					values.add(cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
							? cell.getLocalDateTimeCellValue().toLocalDate().toString() : formatter.formatCellValue(cell));
				}
				rows.add(values);
			}
			return rows;
		}
	}
}
