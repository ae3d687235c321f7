package org.tuoyu.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tuoyu.attendance.AbsenceReason;
import org.tuoyu.attendance.ChildStatus;
import org.tuoyu.attendance.NewAbsence;
import org.tuoyu.attendance.Symptom;
import org.tuoyu.institution.ClassType;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.staff.StaffRules;

class AttendancePoliciesTests {

	private static final LocalTime EXPECTED_BY = LocalTime.of(9, 30);

	@ParameterizedTest(name = "present {0}, visited {1}, absent {2}, followed up {3} at {4} → {5}")
	@CsvSource({ "true, true, false, false, 08:00, PRESENT", "false, true, false, false, 17:00, LEFT",
			"false, false, true, false, 10:00, ABSENT", "false, false, false, false, 09:29, EXPECTED",
			"false, false, false, false, 09:30, UNEXPLAINED", "false, false, false, true, 11:00, FOLLOWED_UP",
			"true, true, true, false, 10:00, PRESENT" })
	void aChildsStatusFollowsWhatWasRecorded(boolean present, boolean visited, boolean absent, boolean followedUp,
			LocalTime now, ChildStatus status) {
		assertThat(AbsencePolicy.status(present, visited, absent, followedUp, now, EXPECTED_BY)).isEqualTo(status);
	}

	@ParameterizedTest(name = "last here {0}, today 2026-11-29 → away too long {1}")
	@CsvSource({ "2026-08-31, true", "2026-09-01, false", "2026-11-28, false", "2026-05-01, true" })
	void ninetyDaysAwayNeedsAReexamination(LocalDate lastDay, boolean away) {
		assertThat(AbsencePolicy.awayTooLong(lastDay, LocalDate.of(2026, 11, 29), 90)).isEqualTo(away);
		assertThat(AbsencePolicy.awayTooLong(null, LocalDate.of(2026, 11, 29), 90)).isFalse();
	}

	@Test
	void absencesAreCheckedForTheirDaysAndSymptoms() {
		LocalDate today = LocalDate.of(2026, 11, 29);
		AbsencePolicy.check(new NewAbsence(null, today, today.plusDays(30), AbsenceReason.LEAVE, Set.of(), null), today);
		assertThat(field(new NewAbsence(null, today, today.plusDays(31), AbsenceReason.LEAVE, Set.of(), null), today))
			.isEqualTo("lastDay");
		assertThat(field(new NewAbsence(null, today.minusDays(8), today, AbsenceReason.LEAVE, Set.of(), null), today))
			.isEqualTo("firstDay");
		assertThat(field(new NewAbsence(null, today, today, AbsenceReason.ILLNESS, Set.of(), null), today))
			.isEqualTo("symptoms");
		AbsencePolicy.check(new NewAbsence(null, today.minusDays(7), today, AbsenceReason.ILLNESS, Set.of(Symptom.RASH), null),
				today);
	}

	@ParameterizedTest(name = "{0}: {1} children, {2} caregivers → breached {3}")
	@CsvSource({ "TODDLER, 5, 1, false", "TODDLER, 6, 1, true", "INFANT, 3, 1, false", "INFANT, 4, 1, true",
			"OLDER_TODDLER, 14, 2, false", "OLDER_TODDLER, 15, 2, true", "TODDLER, 1, 0, true", "TODDLER, 0, 0, false" })
	void theLiveRatioIsBreachedByOneChildTooMany(ClassType type, int children, int caregivers, boolean breached) {
		LiveRatioPolicy policy = new LiveRatioPolicy(new StaffRules(null, null, null, null, null, null, null, null));
		assertThat(policy.of(type, children, caregivers).breached()).isEqualTo(breached);
	}

	private static String field(NewAbsence absence, LocalDate today) {
		try {
			AbsencePolicy.check(absence, today);
			return null;
		}
		catch (BusinessRuleException ex) {
			return ex.field();
		}
	}

	@Test
	void aMissingReasonIsRefused() {
		LocalDate today = LocalDate.of(2026, 11, 29);
		assertThatThrownBy(() -> AbsencePolicy.check(new NewAbsence(null, today, today, null, Set.of(), null), today))
			.isInstanceOf(BusinessRuleException.class);
	}
}
