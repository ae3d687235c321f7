package org.tuoyu.guidance.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.tuoyu.platform.BusinessRuleException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an upload of the register into rows of text: an Excel workbook (.xlsx, its first sheet,
 * streamed so that a city's register fits in memory; date cells as ISO dates) or a UTF-8 CSV file
 * with or without a byte-order mark (RFC 4180 quoting). Rows are numbered as the user sees them,
 * the header being row 1; blank rows are left out. A file that cannot be read at all is a
 * {@link BusinessRuleException} on {@code file}.
 */
final class RegisterFile {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private RegisterFile() {
	}

	/** A row of the file: its number and its cells as trimmed text. */
	record Line(int row, List<String> cells) {

		String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}

		boolean blank() {
			return cells.stream().allMatch(String::isEmpty);
		}
	}

	/** Every non-blank row of the file, the header first. */
	static List<Line> read(byte[] content) {
		List<Line> lines = content.length >= ZIP.length && Arrays.equals(content, 0, ZIP.length, ZIP, 0, ZIP.length)
				? workbook(content) : csv(content);
		return lines.stream().filter(line -> !line.blank()).toList();
	}

	private static List<Line> workbook(byte[] content) {
		List<Line> lines = new ArrayList<>();
		// Opened from a file, the package streams its parts: a city's register is a sheet of more than
		// 100 MB of XML, more than POI will hold in one array.
		Path file = null;
		try {
			file = Files.createTempFile("tuoyu-register-", ".xlsx");
			Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw unreadable();
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						new ReadOnlySharedStringsTable(workbook), new Rows(lines), new IsoDates(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
				| RuntimeException ex) {
			if (ex instanceof BusinessRuleException rule) {
				throw rule;
			}
			throw unreadable();
		}
		finally {
			delete(file);
		}
		return lines;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BusinessRuleException unreadable() {
		return new BusinessRuleException("file", "guidance.register.import.unreadable");
	}

	/** Collects the cells of each sheet row by their column. */
	private static final class Rows implements SheetContentsHandler {

		private final List<Line> lines;

		private List<String> cells;

		Rows(List<Line> lines) {
			this.lines = lines;
		}

		@Override
		public void startRow(int rowNum) {
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			lines.add(new Line(rowNum + 1, cells));
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value.strip());
		}
	}

	/** Shows date cells as ISO dates whatever their format, whole numbers with every digit, the rest as Excel would. */
	private static final class IsoDates extends DataFormatter {

		/** Whole numbers below this are exact in a cell (15 significant digits). */
		private static final double WHOLE_DIGITS = 1e15;

		IsoDates() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			// Codes and phone numbers typed as numbers keep every digit (General would show 3.20213E+11).
			if (value == Math.rint(value) && Math.abs(value) < WHOLE_DIGITS) {
				return Long.toString((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}
	}

	private static List<Line> csv(byte[] content) {
		String text;
		try {
			// a new decoder reports malformed input instead of replacing it
			text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new BusinessRuleException("file", "guidance.register.import.encoding");
		}
		return new CsvRecords(text.startsWith("\uFEFF") ? text.substring(1) : text).all();
	}

	/** The records of CSV text: fields separated by commas, optionally in double quotes that double inside. */
	private static final class CsvRecords {

		private final String text;

		private int at;

		private int record;

		CsvRecords(String text) {
			this.text = text;
		}

		List<Line> all() {
			List<Line> lines = new ArrayList<>();
			while (at < text.length()) {
				record++;
				lines.add(new Line(record, next()));
			}
			return lines;
		}

		/** The fields of the record starting at {@link #at}, which moves past its line end. */
		private List<String> next() {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			while (at < text.length()) {
				char c = text.charAt(at++);
				if (quoted) {
					boolean doubled = c == '"' && at < text.length() && text.charAt(at) == '"';
					if (doubled) {
						at++;
					}
					quoted = c != '"' || doubled;
					if (quoted) {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString().strip());
					field.setLength(0);
				}
				else if (c == '\n') {
					break;
				}
				else if (c != '\r') {
					field.append(c);
				}
			}
			if (quoted) {
				throw new BusinessRuleException("file", "guidance.register.import.unclosedQuote", record);
			}
			fields.add(field.toString().strip());
			return fields;
		}
	}
}
