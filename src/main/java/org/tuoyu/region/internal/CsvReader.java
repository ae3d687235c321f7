package org.tuoyu.region.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated, double-quoted fields with doubled quotes, CRLF or LF,
 * an optional UTF-8 byte-order mark. Returns each record with the line it starts on.
 */
public final class CsvReader {

	private CsvReader() {
	}

	/** A parsed record. */
	public record Row(int line, List<String> fields) {
	}

	/** The file cannot be read as CSV at all: not UTF-8, or a quote never closed. */
	public static final class MalformedCsvException extends RuntimeException {

		private final String messageKey;

		private final int line;

		MalformedCsvException(String messageKey, int line) {
			super(messageKey + " at line " + line);
			this.messageKey = messageKey;
			this.line = line;
		}

		public String messageKey() {
			return messageKey;
		}

		public int line() {
			return line;
		}
	}

	/**
	 * Parses UTF-8 CSV.
	 * @throws MalformedCsvException when the bytes are not UTF-8 or a quoted field never ends
	 */
	public static List<Row> read(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new MalformedCsvException("import.encoding", 1);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int line = 1;
		int rowLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					quoted = true;
					fieldStarted = true;
				}
				case ',' -> {
					fields.add(field.toString());
					field.setLength(0);
					fieldStarted = true;
				}
				case '\r' -> {
				}
				case '\n' -> {
					endRow(rows, fields, field, fieldStarted, rowLine);
					fields = new ArrayList<>();
					fieldStarted = false;
					line++;
					rowLine = line;
				}
				default -> {
					field.append(c);
					fieldStarted = true;
				}
			}
		}
		if (quoted) {
			throw new MalformedCsvException("import.unclosedQuote", rowLine);
		}
		endRow(rows, fields, field, fieldStarted, rowLine);
		return rows;
	}

	private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, boolean started, int line) {
		if (started || !fields.isEmpty()) {
			fields.add(field.toString());
			rows.add(new Row(line, List.copyOf(fields)));
		}
		field.setLength(0);
	}
}
