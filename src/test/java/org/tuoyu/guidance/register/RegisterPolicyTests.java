package org.tuoyu.guidance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tuoyu.guidance.GuidanceRules;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.Sex;

/** The register's rules for a child entering it, leaving it and turning 3, on fixed days. */
class RegisterPolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 2, 28);

	private static final DivisionCode AREA = DivisionCode.of("320213021");

	private final RegisterAgePolicy age = new RegisterAgePolicy(new GuidanceRules(6, 36));

	private final RegisterEntryPolicy entry = new RegisterEntryPolicy(age);

	@Test
	void aChildLeavesOnItsThirdBirthdayAndOneBornOnALeapDayOnTheLastDayOfFebruary() {
		assertThat(age.agesOutOn(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(age.agedOut(LocalDate.of(2024, 3, 1), TODAY)).isFalse();
		assertThat(age.agedOut(LocalDate.of(2024, 2, 29), TODAY)).isTrue();
		assertThat(age.agedOut(LocalDate.of(2024, 2, 28), TODAY)).isTrue();
	}

	@Test
	void aValidChildPassesAndEachBrokenRuleNamesItsField() {
		LocalDate birth = LocalDate.of(2026, 5, 1);
		String id = RegisterFixtures.residentId(birth, 43_990, true);
		NewRegisterChild good = new NewRegisterChild(" 王小宝 ", Sex.MALE, birth, id.toLowerCase(), "320213021001", "王丽",
				"136-0043-9990", RegisterOrigin.NEWBORN_VISIT);

		Candidate candidate = entry.check(good, AREA, Set.of("320213021001")::contains, true, TODAY);

		assertThat(candidate.name()).isEqualTo("王小宝");
		assertThat(candidate.residentId().value()).isEqualTo(id);
		assertThat(candidate.street()).isEqualTo("320213021");
		assertThat(candidate.guardianPhone().value()).isEqualTo("13600439990");
		assertThat(broken(new NewRegisterChild(good.name(), Sex.FEMALE, birth, id, good.communityCode(), "王丽",
				good.guardianPhone(), null))).isEqualTo("residentId value.residentId.sexMismatch");
		assertThat(broken(new NewRegisterChild(good.name(), Sex.MALE, birth, id, "320213021002", "王丽", good.guardianPhone(),
				null))).isEqualTo("communityCode guidance.register.community.unknown");
		assertThat(broken(new NewRegisterChild(good.name(), Sex.MALE, birth, id, "32021302100", "王丽", good.guardianPhone(),
				null))).isEqualTo("communityCode guidance.register.community.invalid");
		assertThat(broken(new NewRegisterChild(good.name(), Sex.MALE, birth, id, good.communityCode(), "王".repeat(31),
				good.guardianPhone(), null))).isEqualTo("guardianName guidance.register.name.tooLong");
		assertThat(broken(new NewRegisterChild(good.name(), Sex.MALE, birth, id, good.communityCode(), "王丽", " ", null)))
			.isEqualTo("guardianPhone guidance.register.field.required");
		assertThatThrownBy(() -> entry.check(new NewRegisterChild(good.name(), Sex.MALE, birth, id, good.communityCode(),
				"王丽", good.guardianPhone(), null), AREA, code -> true, true, TODAY))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("origin"));
	}

	@Test
	void anExitNeedsAnOfficersReasonAndAPlausibleDay() {
		LocalDate birth = LocalDate.of(2026, 5, 1);
		assertThat(RegisterExitPolicy.check(new RegisterExit(RegisterStatus.DECEASED, "  病故 ", TODAY), birth, TODAY).reason())
			.isEqualTo("病故");
		assertThat(exitProblem(new RegisterExit(RegisterStatus.ACTIVE, "x", TODAY), birth)).isEqualTo("guidance.register.exit.status");
		assertThat(exitProblem(new RegisterExit(RegisterStatus.MOVED_AWAY, "x".repeat(201), TODAY), birth))
			.isEqualTo("guidance.register.exit.reasonTooLong");
		assertThat(exitProblem(new RegisterExit(RegisterStatus.MOVED_AWAY, "迁出", birth.minusDays(1)), birth))
			.isEqualTo("guidance.register.exit.beforeBirth");
		assertThat(exitProblem(new RegisterExit(RegisterStatus.DUPLICATE, "重复", null), birth))
			.isEqualTo("guidance.register.field.required");
	}

	private String broken(NewRegisterChild child) {
		try {
			entry.check(child, AREA, Set.of("320213021001")::contains, false, TODAY);
			return "none";
		}
		catch (BusinessRuleException ex) {
			return ex.field() + " " + ex.messageKey();
		}
	}

	private static String exitProblem(RegisterExit exit, LocalDate birth) {
		try {
			RegisterExitPolicy.check(exit, birth, TODAY);
			return "none";
		}
		catch (BusinessRuleException ex) {
			return ex.messageKey();
		}
	}
}
