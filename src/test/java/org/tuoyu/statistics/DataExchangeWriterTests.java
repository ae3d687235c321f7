package org.tuoyu.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tuoyu.statistics.internal.ExchangeColumn;
import org.tuoyu.statistics.internal.ExchangeColumn.Type;
import org.tuoyu.statistics.internal.ExchangeWriter;

/** The two writers of the exchange: RFC 4180 quoting and JSON types, without a database. */
class DataExchangeWriterTests {

	private static final List<ExchangeColumn> COLUMNS = List.of(new ExchangeColumn("name", Type.TEXT),
			new ExchangeColumn("places", Type.INTEGER), new ExchangeColumn("latitude", Type.DECIMAL),
			new ExchangeColumn("inclusive", Type.BOOLEAN), new ExchangeColumn("filedOn", Type.DATE));

	@Test
	void csvQuotesOnlyWhatNeedsItAndLeavesNullsEmpty() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExchangeWriter csv = ExchangeWriter.csv(out, COLUMNS);
		csv.row(new Object[] { "惠山\"小太阳\",托育中心", 15L, new BigDecimal("31.5689"), true, LocalDate.of(2026, 3, 2) });
		csv.row(new Object[] { "两行\r\n名称", null, null, false, null });
		csv.row(new Object[] { "普通", 0L, new BigDecimal("120"), null, null });
		csv.finish();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name,places,latitude,inclusive,filedOn\r\n"
				+ "\"惠山\"\"小太阳\"\",托育中心\",15,31.5689,true,2026-03-02\r\n" + "\"两行\r\n名称\",,,false,\r\n"
				+ "普通,0,120,,\r\n");
	}

	@Test
	void jsonHasTheEnvelopeAndTypedValues() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExchangeWriter json = ExchangeWriter.json(out, new ExchangeWriter.Envelope(DataExchange.FORMAT, "institutions",
				"320206", OffsetDateTime.of(2026, 11, 29, 17, 5, 0, 0, ZoneOffset.ofHours(8))), COLUMNS);
		json.row(new Object[] { "惠山\"小太阳\",托育中心", 15L, new BigDecimal("31.5689"), true, LocalDate.of(2026, 3, 2) });
		json.row(new Object[] { "空", null, null, null, null });
		json.finish();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"format\":\"tuoyu.exchange/1\",\"dataset\":\"institutions\","
				+ "\"division\":\"320206\",\"generatedAt\":\"2026-11-29T17:05:00+08:00\",\"records\":["
				+ "{\"name\":\"惠山\\\"小太阳\\\",托育中心\",\"places\":15,\"latitude\":31.5689,\"inclusive\":true,\"filedOn\":\"2026-03-02\"},"
				+ "{\"name\":\"空\",\"places\":null,\"latitude\":null,\"inclusive\":null,\"filedOn\":null}]}");
	}
}
