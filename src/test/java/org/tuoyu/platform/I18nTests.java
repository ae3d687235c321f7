package org.tuoyu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.tuoyu.shared.DivisionLevel;

/**
 * Every message exists in both languages, and every key a template or enum refers to exists.
 */
class I18nTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	/** The keys present in one language but not the other, named by the language missing them. */
	static Map<String, Set<String>> missingTranslations(Properties chinese, Properties english) {
		Set<String> missingInEnglish = new TreeSet<>(chinese.stringPropertyNames());
		missingInEnglish.removeAll(english.stringPropertyNames());
		Set<String> missingInChinese = new TreeSet<>(english.stringPropertyNames());
		missingInChinese.removeAll(chinese.stringPropertyNames());
		return Map.of("en", missingInEnglish, "zh", missingInChinese);
	}

	/** The bundles the application reads, from {@code spring.messages.basename}. */
	static List<String> basenames() throws IOException {
		return Arrays.stream(load("application.properties").getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.toList();
	}

	@ParameterizedTest
	@MethodSource("basenames")
	void everyKeyExistsInBothLanguages(String basename) throws IOException {
		Map<String, Set<String>> missing = missingTranslations(load(basename + ".properties"),
				load(basename + "_en.properties"));
		assertThat(missing.get("en")).as("keys missing in %s_en.properties", basename).isEmpty();
		assertThat(missing.get("zh")).as("keys missing in %s.properties", basename).isEmpty();
	}

	@Test
	void aKeyMissingInOneLanguageIsCaught() {
		Properties chinese = new Properties();
		chinese.setProperty("greeting", "你好");
		chinese.setProperty("farewell", "再见");
		Properties english = new Properties();
		english.setProperty("greeting", "Hello");
		assertThat(missingTranslations(chinese, english).get("en")).containsExactly("farewell");
		assertThat(missingTranslations(english, chinese).get("zh")).containsExactly("farewell");
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Properties messages = allMessages();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(file.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyRoleAndDivisionLevelHasAName() throws IOException {
		Properties messages = allMessages();
		for (Role role : Role.values()) {
			assertThat(messages).containsKey(role.messageKey());
		}
		for (DivisionLevel level : DivisionLevel.values()) {
			assertThat(messages).containsKey("division.level." + level.name());
		}
	}

	/** The Chinese messages of every bundle together. */
	private static Properties allMessages() throws IOException {
		Properties all = new Properties();
		for (String basename : basenames()) {
			all.putAll(load(basename + ".properties"));
		}
		return all;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(I18nTests.class.getResourceAsStream("/" + resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
