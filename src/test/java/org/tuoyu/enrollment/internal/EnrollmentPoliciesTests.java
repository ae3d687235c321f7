package org.tuoyu.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tuoyu.enrollment.EnrollmentRules;
import org.tuoyu.enrollment.PriorityReason;
import org.tuoyu.enrollment.SupportNeed;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionRules;

class EnrollmentPoliciesTests {

	private final PriorityPolicy priority = new PriorityPolicy(new EnrollmentRules(null, null, null));

	private final AgeClassPolicy ages = new AgeClassPolicy(new InstitutionRules(null, null));

	@ParameterizedTest(name = "sibling {0}, employer-run {1}, staff {2}, support {3}, street {4} → {5} points")
	@CsvSource({ "false, false, false, false, false, 0, ''", "false, true, true, false, false, 30, EMPLOYER_STAFF",
			"false, false, true, false, false, 0, ''", "false, false, false, true, false, 20, SUPPORT",
			"false, false, false, false, true, 10, SAME_STREET", "true, false, false, false, false, 40, SIBLING",
			"false, true, true, true, true, 60, EMPLOYER_STAFF SUPPORT SAME_STREET",
			"true, true, true, true, true, 100, SIBLING EMPLOYER_STAFF SUPPORT SAME_STREET" })
	void priorityPointsFollowThePublishedRules(boolean sibling, boolean employerRun, boolean staff, boolean support,
			boolean sameStreet, int points, String reasons) {
		List<PriorityReason> found = priority.reasons(sibling, employerRun, staff,
				support, sameStreet ? "320213021" : "320213022", "320213021");
		assertThat(priority.score(found)).isEqualTo(points);
		assertThat(found.stream().map(Enum::name).toList())
			.isEqualTo(reasons.isBlank() ? List.of() : List.of(reasons.split(" ")));
	}

	@Test
	void configuredPointsReplaceTheDefaultsOneByOne() {
		PriorityPolicy local = new PriorityPolicy(new EnrollmentRules(null, java.util.Map.of(PriorityReason.SIBLING, 5), null));
		assertThat(local.score(List.of(PriorityReason.SIBLING, PriorityReason.SUPPORT))).isEqualTo(25);
	}

	@Test
	void morePointsGoFirstThenTheEarlierApplication() {
		Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
		record Entry(String name, int score, Instant appliedAt, UUID id) implements PriorityPolicy.Ranked {
		}
		List<Entry> line = new ArrayList<>(List.of(new Entry("late-plain", 0, t0.plusSeconds(60), UUID.randomUUID()),
				new Entry("early-plain", 0, t0, UUID.randomUUID()),
				new Entry("late-support", 20, t0.plusSeconds(120), UUID.randomUUID()),
				new Entry("street", 10, t0.plusSeconds(30), UUID.randomUUID())));
		line.sort(PriorityPolicy.lineOrder());
		assertThat(line).extracting(Entry::name).containsExactly("late-support", "street", "early-plain", "late-plain");
	}

	@ParameterizedTest
	@CsvSource({ "5, ", "6, INFANT", "11, INFANT", "12, TODDLER", "23, TODDLER", "24, OLDER_TODDLER", "35, OLDER_TODDLER",
			"36, " })
	void theAgeAtTheStartDecidesTheClassType(int months, ClassType expected) {
		assertThat(ages.classTypeFor(months).orElse(null)).isEqualTo(expected);
	}

	@Test
	void ageInWholeMonthsCountsOnlyCompletedMonths() {
		LocalDate birth = LocalDate.of(2025, 1, 31);
		assertThat(AgeClassPolicy.ageMonths(birth, LocalDate.of(2026, 1, 30))).isEqualTo(11);
		assertThat(AgeClassPolicy.ageMonths(birth, LocalDate.of(2026, 1, 31))).isEqualTo(12);
		assertThat(ages.takes(ClassType.MIXED, 17)).isFalse();
		assertThat(ages.takes(ClassType.MIXED, 18)).isTrue();
		assertThat(ages.takes(ClassType.FAMILY_POINT, 2)).isTrue();
		assertThat(ages.overlaps(ClassType.MIXED, ClassType.TODDLER)).isTrue();
		assertThat(ages.overlaps(ClassType.MIXED, ClassType.INFANT)).isFalse();
		assertThat(ages.overlaps(ClassType.TODDLER, ClassType.OLDER_TODDLER)).isFalse();
	}
}
