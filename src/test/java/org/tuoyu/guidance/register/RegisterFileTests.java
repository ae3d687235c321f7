package org.tuoyu.guidance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tuoyu.guidance.register.RegisterFile.Line;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.test.Spreadsheets;

/** Reading uploads: CSV with or without a byte-order mark and with quotes, Excel with typed cells. */
class RegisterFileTests {

	@Test
	void csvIsReadWithOrWithoutByteOrderMarkWithQuotesAndWithoutBlankLines() {
		String text = "姓名,性别\r\n\"王, 小\"\"宝\"\"\",女\r\n\r\n  李四 ,男\n\"多\n行\",男";
		List<Line> plain = RegisterFile.read(text.getBytes(StandardCharsets.UTF_8));
		List<Line> marked = RegisterFile.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));

		assertThat(marked).isEqualTo(plain);
		assertThat(plain).extracting(Line::row).containsExactly(1, 2, 4, 5);
		assertThat(plain.get(0).cells()).containsExactly("姓名", "性别");
		assertThat(plain.get(1).cells()).containsExactly("王, 小\"宝\"", "女");
		assertThat(plain.get(2).cells()).containsExactly("李四", "男");
		assertThat(plain.get(3).cells()).containsExactly("多\n行", "男");
	}

	@Test
	void aFileThatIsNeitherUtf8NorClosedIsRefusedAsAWhole() {
		assertThatThrownBy(() -> RegisterFile.read("姓名,性别".getBytes(java.nio.charset.Charset.forName("GBK"))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("guidance.register.import.encoding"));
		assertThatThrownBy(() -> RegisterFile.read("a,b\n\"c,d".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("guidance.register.import.unclosedQuote"));
		assertThatThrownBy(() -> RegisterFile.read(new byte[] { 'P', 'K', 3, 4, 0, 0 }))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("guidance.register.import.unreadable"));
	}

	@Test
	void excelDateCellsReadAsIsoDatesAndCodesTypedAsNumbersKeepEveryDigit() throws Exception {
		byte[] xlsx = Spreadsheets.workbook(List.of("姓名", "出生日期", "社区（村）代码", "监护人手机"),
				List.of(List.of("王小宝", LocalDate.of(2025, 3, 1), 320213021001L, 13600430001L),
						List.of("", "", "", ""), List.of("李四", "2025/3/2", "320213021002", "13600430002")));

		List<Line> lines = RegisterFile.read(xlsx);

		assertThat(lines).extracting(Line::row).containsExactly(1, 2, 4);
		assertThat(lines.get(1).cells()).containsExactly("王小宝", "2025-03-01", "320213021001", "13600430001");
		assertThat(lines.get(2).cells()).containsExactly("李四", "2025/3/2", "320213021002", "13600430002");
	}
}
