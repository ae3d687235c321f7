package org.tuoyu.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tuoyu.health.HealthRules;

class OutbreakPolicyTests {

	private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 1);

	private final OutbreakPolicy policy = new OutbreakPolicy(new HealthRules(null, null, null, null, null).outbreak());

	/**
	 * Cases are {@code child@day HH:mm} (day 1 = 2026-11-01), separated by {@code ;}; a case counts
	 * on the calendar day it was seen, whatever the hour.
	 */
	@ParameterizedTest(name = "[{0}] today day {1} → same day {2}, window {3}, signal {4}")
	@CsvSource(delimiter = '|', textBlock = """
			''                                                            | 1 | 0 | 0 | false
			a@1 08:00; b@1 08:10                                          | 1 | 2 | 2 | false
			a@1 08:00; b@1 08:10; c@1 12:30                               | 1 | 3 | 3 | true
			a@1 08:00; a@1 12:30; b@1 08:10                               | 1 | 2 | 2 | false
			a@1 23:50; b@1 23:50; c@3 00:10; d@3 08:00                    | 3 | 2 | 4 | false
			a@1 23:50; b@1 23:50; c@3 00:10; d@3 08:00; e@3 08:05         | 3 | 3 | 5 | true
			a@1 23:50; b@1 23:50; c@2 08:00; d@3 08:00; e@3 08:05         | 3 | 2 | 5 | true
			a@1 23:50; b@1 23:50; c@2 08:00; d@3 08:00; e@4 00:05         | 4 | 1 | 3 | false
			a@1 23:50; b@1 23:50; c@3 00:10; d@3 08:00; e@3 08:05         | 4 | 0 | 3 | false
			a@1 08:00; a@2 08:00; a@3 08:00; b@3 08:00                    | 3 | 2 | 2 | false
			a@1 08:00; b@2 08:00; c@3 08:00; d@3 09:00; e@5 08:00         | 3 | 2 | 4 | false
			""")
	void countsDistinctChildrenTodayAndWithinThreeCalendarDays(String cases, int today, int sameDay, int window,
			boolean signal) {
		LocalDate day = DAY_1.plusDays(today - 1L);
		Optional<OutbreakPolicy.Counts> counts = policy.evaluate(parse(cases), day);
		assertThat(counts.isPresent()).isEqualTo(signal);
		counts.ifPresent(c -> {
			assertThat(c.sameDay()).isEqualTo(sameDay);
			assertThat(c.window()).isEqualTo(window);
		});
		assertThat(count(parse(cases), day, true)).isEqualTo(sameDay);
		assertThat(count(parse(cases), day, false)).isEqualTo(window);
	}

	@Test
	void theSignalListsTheCasesWithinTheWindowOnly() {
		List<OutbreakPolicy.Case> cases = parse("a@1 23:50; b@2 08:00; c@3 08:00; d@3 09:00; e@4 07:30; f@4 07:40");
		OutbreakPolicy.Counts counts = policy.evaluate(cases, DAY_1.plusDays(3)).orElseThrow();
		assertThat(counts.window()).isEqualTo(5);
		assertThat(counts.cases()).extracting(OutbreakPolicy.Case::day).doesNotContain(DAY_1);
		assertThat(policy.windowStart(DAY_1.plusDays(3))).isEqualTo(DAY_1.plusDays(1));
	}

	@Test
	void configuredThresholdsReplaceTheDefaults() {
		OutbreakPolicy strict = new OutbreakPolicy(new HealthRules.Outbreak(2, 2, 2));
		assertThat(strict.evaluate(parse("a@1 08:00; b@1 09:00"), DAY_1)).isPresent();
		assertThat(strict.evaluate(parse("a@1 08:00; b@2 09:00"), DAY_1.plusDays(1))).isPresent()
			.get()
			.extracting(OutbreakPolicy.Counts::window)
			.isEqualTo(2);
		assertThat(strict.evaluate(parse("a@1 08:00; b@3 09:00"), DAY_1.plusDays(2))).isEmpty();
	}

	/** The counts by the policy's own result, also when no signal is given. */
	private int count(List<OutbreakPolicy.Case> cases, LocalDate today, boolean sameDay) {
		OutbreakPolicy lenient = new OutbreakPolicy(new HealthRules.Outbreak(0, 0, 3));
		OutbreakPolicy.Counts counts = lenient.evaluate(cases, today).orElseThrow();
		return sameDay ? counts.sameDay() : counts.window();
	}

	private static List<OutbreakPolicy.Case> parse(String cases) {
		if (cases == null || cases.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cases.split(";")).map(String::trim).map(c -> {
			String[] parts = c.split("@");
			String[] when = parts[1].split(" ");
			LocalDateTime seen = DAY_1.plusDays(Integer.parseInt(when[0]) - 1L).atTime(java.time.LocalTime.parse(when[1]));
			return new OutbreakPolicy.Case(UUID.nameUUIDFromBytes(parts[0].getBytes()), seen.toLocalDate());
		}).toList();
	}
}
