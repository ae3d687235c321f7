package org.tuoyu.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

	private static List<CsvReader.Row> read(String text) {
		return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		List<CsvReader.Row> rows = read("code,name\n1,\"a, \"\"b\"\"\"\n2,\"multi\nline\"\n3,plain\n");
		assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3, 5);
		assertThat(rows.get(1).fields()).containsExactly("1", "a, \"b\"");
		assertThat(rows.get(2).fields()).containsExactly("2", "multi\nline");
		assertThat(rows.get(3).fields()).containsExactly("3", "plain");
	}

	@Test
	void skipsTheByteOrderMarkAndBlankLinesButKeepsLineNumbers() {
		List<CsvReader.Row> rows = read("\uFEFFcode,name\r\n\r\n320213,梁溪区\r\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).fields()).containsExactly("code", "name");
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(rows.get(1).fields()).containsExactly("320213", "梁溪区");
	}

	@Test
	void keepsEmptyTrailingFields() {
		assertThat(read("a,,\n").get(0).fields()).containsExactly("a", "", "");
	}

	@Test
	void rejectsFilesThatAreNotUtf8() {
		byte[] gbk = "code,name\n320213,梁溪区\n".getBytes(java.nio.charset.Charset.forName("GBK"));
		assertThatThrownBy(() -> CsvReader.read(gbk)).isInstanceOf(CsvReader.MalformedCsvException.class)
			.extracting("messageKey")
			.isEqualTo("import.encoding");
	}

	@Test
	void rejectsAnUnclosedQuoteNamingTheLineItStarts() {
		assertThatThrownBy(() -> read("code,name\n1,ok\n2,\"never closed\n3,x\n"))
			.isInstanceOf(CsvReader.MalformedCsvException.class)
			.extracting("line")
			.isEqualTo(3);
	}
}
