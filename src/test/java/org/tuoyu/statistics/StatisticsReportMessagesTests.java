package org.tuoyu.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report's 说明 sheet defines every indicator: a new {@link IndicatorCode} needs its
 * {@code statistics.indicator.CODE.definition} in both languages (the key is built at run time, so
 * the general i18n test cannot see it).
 */
class StatisticsReportMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void everyIndicatorHasANameAndADefinition(String resource) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("/" + resource), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		for (IndicatorCode code : IndicatorCode.values()) {
			assertThat(messages).containsKeys(code.messageKey(), code.messageKey() + ".definition");
		}
	}
}
