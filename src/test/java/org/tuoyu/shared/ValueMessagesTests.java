package org.tuoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the translated messages in {@code i18n/values*.properties}. */
class ValueMessagesTests {

	/** Every message key thrown by the value types in this package. */
	private static final List<String> USED_KEYS = List.of(
			"value.residentId.blank",
			"value.residentId.length",
			"value.residentId.characters",
			"value.residentId.birthDate",
			"value.residentId.checksum",
			"value.residentId.birthDateMismatch",
			"value.residentId.sexMismatch",
			"value.creditCode.blank",
			"value.creditCode.length",
			"value.creditCode.characters",
			"value.creditCode.checksum",
			"value.divisionCode.blank",
			"value.divisionCode.length",
			"value.divisionCode.characters",
			"value.phone.blank",
			"value.phone.length",
			"value.phone.characters",
			"value.phone.prefix");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	private final Properties chinese = load("i18n/values.properties");
	private final Properties english = load("i18n/values_en.properties");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
	}

	@Test
	void everyUsedKeyHasAMessageInBothLanguages() {
		assertThat(chinese.stringPropertyNames()).containsAll(USED_KEYS);
		assertThat(english.stringPropertyNames()).containsAll(USED_KEYS);
	}

	@Test
	void messagesAreNotBlank() {
		for (String key : chinese.stringPropertyNames()) {
			assertThat(chinese.getProperty(key)).as(key).isNotBlank();
			assertThat(english.getProperty(key)).as(key).isNotBlank();
		}
	}

	@Test
	void defaultMessagesAreReadableChinese() {
		assertThat(chinese.getProperty("value.residentId.length")).isEqualTo("身份证号应为18位，实际为{0}位");
	}

	@Test
	void bothLanguagesUseTheSamePlaceholders() {
		for (String key : chinese.stringPropertyNames()) {
			assertThat(placeholders(english.getProperty(key))).as(key)
					.isEqualTo(placeholders(chinese.getProperty(key)));
		}
	}

	@Test
	void messagesContainNoApostrophesThatMessageFormatWouldSwallow() {
		for (String key : chinese.stringPropertyNames()) {
			assertThat(chinese.getProperty(key)).as(key).doesNotContain("'");
			assertThat(english.getProperty(key)).as(key).doesNotContain("'");
		}
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message == null ? "" : message);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static Properties load(String resource) {
		InputStream stream = ValueMessagesTests.class.getClassLoader().getResourceAsStream(resource);
		assertThat(stream).as(resource).isNotNull();
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read " + resource, e);
		}
		return properties;
	}
}
