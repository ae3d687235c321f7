package org.tuoyu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * One city clock (docs/decisions.md, "One city clock"): Java reads "today" and "now" only from
 * the application's {@link java.time.Clock} (tests from {@code TestClock}), SQL never asks the
 * database for the time or the day, and pages show times in the city's zone. The few exceptions
 * are named here with their reason.
 */
class ClockRuleTests {

	private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
			"java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
			"java.time.OffsetTime", "java.time.YearMonth", "java.time.Year", "java.time.MonthDay");

	/** Calls that read the machine's clock or zone instead of the application's clock. */
	private static final DescribedPredicate<JavaMethodCall> READS_MACHINE_TIME = new DescribedPredicate<>(
			"read the machine's clock or time zone (use the application's Clock)") {

		@Override
		public boolean test(JavaMethodCall call) {
			String owner = call.getTarget().getOwner().getName();
			String name = call.getTarget().getName();
			List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
			if (TIME_TYPES.contains(owner) && name.equals("now")) {
				return !parameters.equals(List.of("java.time.Clock"));
			}
			return switch (owner) {
				case "java.time.Clock" -> name.equals("systemDefaultZone") || name.equals("systemUTC")
						|| name.equals("system");
				case "java.lang.System" -> name.equals("currentTimeMillis");
				case "java.time.ZoneId" -> name.equals("systemDefault");
				case "java.util.TimeZone" -> name.equals("getDefault") || name.equals("setDefault");
				case "java.util.Calendar" -> name.equals("getInstance");
				// Timestamp <-> LocalDateTime goes through the JVM's default zone
				case "java.sql.Timestamp" -> name.equals("valueOf") && parameters.equals(List.of("java.time.LocalDateTime"))
						|| name.equals("toLocalDateTime");
				default -> false;
			};
		}
	};

	private static final DescribedPredicate<JavaConstructorCall> NEW_DATE = new DescribedPredicate<>(
			"create a java.util.Date of the machine's clock") {

		@Override
		public boolean test(JavaConstructorCall call) {
			return call.getTarget().getOwner().getName().equals("java.util.Date")
					&& call.getTarget().getRawParameterTypes().isEmpty();
		}
	};

	/**
	 * Production classes allowed one of those calls, and why: the clock bean itself, and the
	 * time part of UUIDv7 keys, which orders keys and decides no day.
	 */
	private static final Set<String> PRODUCTION_EXCEPTIONS = Set.of("org.tuoyu.platform.PlatformConfiguration",
			"org.tuoyu.platform.UuidV7");

	/** SQL words that make the database decide the time or the day. */
	private static final Pattern SQL_CLOCK = Pattern.compile("(?i)\\bnow\\s*\\(\\s*\\)|\\b(current_date|current_timestamp|"
			+ "current_time|localtimestamp|localtime|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\\b");

	@Test
	void productionCodeReadsTimeOnlyFromTheApplicationClock() {
		JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.tuoyu");
		noClasses().that(notNamed(PRODUCTION_EXCEPTIONS))
			.should().callMethodWhere(READS_MACHINE_TIME)
			.orShould().callConstructorWhere(NEW_DATE)
			.because("'today' is the city's day from the application's clock (docs/decisions.md)")
			.check(production);
	}

	@Test
	void testsTakeTodayFromTheTestClock() {
		JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages("org.tuoyu");
		// TestClock starts from the machine's clock once; benchmarks read the application's system clock.
		noClasses().that(notNamed(Set.of("org.tuoyu.test.TestClock")))
			.should().callMethodWhere(READS_MACHINE_TIME)
			.orShould().callConstructorWhere(NEW_DATE)
			.because("tests read 'today' from TestClock, the application's clock in tests")
			.check(tests);
	}

	@Test
	void sqlInJavaNeverAsksTheDatabaseForTheTime() {
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
			for (Path file : javaFiles(root)) {
				// this class names the words it looks for
				if (file.endsWith("ClockRuleTests.java")) {
					continue;
				}
				for (String literal : stringLiterals(read(file))) {
					Matcher matcher = SQL_CLOCK.matcher(literal);
					if (matcher.find()) {
						found.add(file + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(found).as("SQL takes the time and the day as parameters from the application's clock").isEmpty();
	}

	@Test
	void migrationsUseTheDatabaseClockOnlyForColumnDefaults() {
		List<String> found = new ArrayList<>();
		for (Path file : files(Path.of("src/main/resources/db/migration"), ".sql")) {
			// A column default stamps the moment the database wrote a row (created_at and the
			// like); no rule reads it as a day. Anything else would decide by the database's clock.
			String text = read(file).replaceAll("(?i)DEFAULT\\s+now\\(\\)", "DEFAULT");
			Matcher matcher = SQL_CLOCK.matcher(text);
			while (matcher.find()) {
				found.add(file.getFileName() + ": " + matcher.group());
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void pagesShowTimesInTheCityZone() {
		List<String> found = new ArrayList<>();
		for (Path file : files(Path.of("src/main/resources/templates"), ".html")) {
			String text = read(file);
			for (String forbidden : List.of("#temporals", "T(java.time", "#dates", "#calendars")) {
				if (text.contains(forbidden)) {
					found.add(file + ": " + forbidden);
				}
			}
		}
		assertThat(found).as("templates format dates and times with #cityTime").isEmpty();
	}

	@Test
	void theCityZoneIsNamedOnlyInItsSetting() {
		List<String> found = new ArrayList<>();
		for (Path file : javaFiles(Path.of("src/main/java"))) {
			if (read(file).contains("Asia/Shanghai") && !file.endsWith("platform/time/CityTimeSettings.java")) {
				found.add(file.toString());
			}
		}
		assertThat(found).as("the zone comes from tuoyu.city.time-zone through the Clock").isEmpty();
	}

	@Test
	void theRuleFindsSqlClocksInLiteralsAndTextBlocks() {
		String source = """
				class X {
					String a = "SELECT now()"; // now() in a comment is not SQL
					String b = \"""
							SELECT 1 WHERE day = current_date
							\""";
					String c = "it's \\" now\\" fine";
					LocalDate d = LocalDate.now(clock);
				}
				""";
		List<String> hits = stringLiterals(source).stream().filter(s -> SQL_CLOCK.matcher(s).find()).toList();
		assertThat(hits).hasSize(2);
	}

	private static DescribedPredicate<JavaClass> notNamed(Set<String> names) {
		return DescribedPredicate.describe("are not one of " + names,
				c -> !names.contains(c.getName()) && !names.contains(c.getName().replaceAll("\\$.*", "")));
	}

	/** The contents of the string literals and text blocks of a Java source, comments skipped. */
	static List<String> stringLiterals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = indexOrEnd(source, "\n", i);
			}
			else if (source.startsWith("/*", i)) {
				i = indexOrEnd(source, "*/", i + 2) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				literals.add(source.substring(i + 3, end));
				i = end + 3;
			}
			else if (c == '"') {
				int j = i + 1;
				StringBuilder literal = new StringBuilder();
				while (source.charAt(j) != '"') {
					if (source.charAt(j) == '\\') {
						j++;
					}
					literal.append(source.charAt(j));
					j++;
				}
				literals.add(literal.toString());
				i = j + 1;
			}
			else if (c == '\'') {
				// a char literal, possibly '"'
				i = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2) + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int indexOrEnd(String text, String what, int from) {
		int index = text.indexOf(what, from);
		return index < 0 ? text.length() : index;
	}

	private static List<Path> javaFiles(Path root) {
		return files(root, ".java");
	}

	private static List<Path> files(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
