package org.tuoyu.statistics.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the records of one export as they come, so memory stays bounded whatever the number of
 * rows: {@link #row} for each record, then {@link #finish}.
 */
public sealed interface ExchangeWriter permits ExchangeWriter.Json, ExchangeWriter.Csv {

	/** What the JSON envelope says about the export. */
	record Envelope(String format, String dataset, String division, OffsetDateTime generatedAt) {
	}

	/** Writes one record, its values in the order of the columns. */
	void row(Object[] values);

	/** Ends the document and flushes it. */
	void finish();

	/** The JSON document {@code {"format","dataset","division","generatedAt","records":[…]}}. */
	static ExchangeWriter json(OutputStream out, Envelope envelope, List<ExchangeColumn> columns) {
		JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
		json.writeStartObject();
		json.writeStringProperty("format", envelope.format());
		json.writeStringProperty("dataset", envelope.dataset());
		json.writeStringProperty("division", envelope.division());
		json.writeStringProperty("generatedAt", envelope.generatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		json.writeName("records");
		json.writeStartArray();
		return new Json(json, columns);
	}

	/** RFC 4180 CSV in UTF-8: the header row of field names, then one line per record, CRLF. */
	static ExchangeWriter csv(OutputStream out, List<ExchangeColumn> columns) {
		Csv csv = new Csv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		csv.row(columns.stream().map(ExchangeColumn::name).toArray());
		return csv;
	}

	/** Records as JSON objects, numbers and booleans as JSON numbers and booleans, nulls as null. */
	final class Json implements ExchangeWriter {

		private final JsonGenerator json;

		private final List<ExchangeColumn> columns;

		Json(JsonGenerator json, List<ExchangeColumn> columns) {
			this.json = json;
			this.columns = columns;
		}

		@Override
		public void row(Object[] values) {
			json.writeStartObject();
			for (int i = 0; i < values.length; i++) {
				json.writeName(columns.get(i).name());
				Object value = values[i];
				if (value == null) {
					json.writeNull();
				}
				else if (value instanceof Long number) {
					json.writeNumber(number);
				}
				else if (value instanceof BigDecimal number) {
					json.writeNumber(number);
				}
				else if (value instanceof Boolean flag) {
					json.writeBoolean(flag);
				}
				else {
					json.writeString(value.toString());
				}
			}
			json.writeEndObject();
		}

		@Override
		public void finish() {
			json.writeEndArray();
			json.writeEndObject();
			json.flush();
		}
	}

	/** Fields quoted only when they hold a comma, quote or line break; quotes doubled; nulls empty. */
	final class Csv implements ExchangeWriter {

		private final Writer out;

		Csv(Writer out) {
			this.out = out;
		}

		@Override
		public void row(Object[] values) {
			try {
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						out.write(',');
					}
					out.write(field(values[i]));
				}
				out.write("\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void finish() {
			try {
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static String field(Object value) {
			if (value == null) {
				return "";
			}
			String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
			return text.matches("(?s).*[,\"\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
		}
	}
}
