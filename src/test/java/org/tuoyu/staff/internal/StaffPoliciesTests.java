package org.tuoyu.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionRules;
import org.tuoyu.platform.Role;
import org.tuoyu.staff.Certificate;
import org.tuoyu.staff.CertificateStatus;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.ClassStaffing;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.staff.StaffRules;

class StaffPoliciesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private final StaffRules rules = new StaffRules(null, null, null, null, null, null, null, null);

	private final RatioPolicy ratios = new RatioPolicy(rules, new InstitutionRules(null, null));

	private final CertificatePolicy certificates = new CertificatePolicy(rules);

	@ParameterizedTest(name = "{0} of {1} with {3} caregivers needs {2}")
	@CsvSource({
			// type, planned size, caregivers needed, caregivers assigned, compliant
			"INFANT, 1, 1, 1, true", "INFANT, 3, 1, 1, true", "INFANT, 4, 2, 1, false", "INFANT, 9, 3, 3, true",
			"INFANT, 10, 4, 3, false", "INFANT, 10, 4, 4, true",
			"TODDLER, 5, 1, 1, true", "TODDLER, 6, 2, 1, false", "TODDLER, 15, 3, 3, true",
			"OLDER_TODDLER, 7, 1, 1, true", "OLDER_TODDLER, 8, 2, 1, false", "OLDER_TODDLER, 20, 3, 3, true",
			"MIXED, 5, 1, 1, true", "MIXED, 6, 2, 2, true", "MIXED, 18, 4, 3, false",
			"FAMILY_POINT, 3, 1, 1, true", "FAMILY_POINT, 4, 2, 1, false", "FAMILY_POINT, 5, 2, 2, true" })
	void caregiversNeededFollowTheRatioOfTheClassType(ClassType type, int size, int needed, int assigned,
			boolean compliant) {
		ClassStaffing staffing = ratios.classStaffing(careClass(type, size), Collections.nCopies(assigned, "保育员"));
		assertThat(staffing.caregiversNeeded()).isEqualTo(needed);
		assertThat(staffing.caregiverShortfall()).isEqualTo(Math.max(0, needed - assigned));
		assertThat(staffing.compliant()).isEqualTo(compliant);
	}

	@ParameterizedTest
	@CsvSource({ "INFANT, 10, false", "INFANT, 11, true", "TODDLER, 15, false", "TODDLER, 16, true",
			"OLDER_TODDLER, 20, false", "OLDER_TODDLER, 21, true", "MIXED, 18, false", "MIXED, 19, true",
			"FAMILY_POINT, 5, false", "FAMILY_POINT, 6, true" })
	void aClassAboveItsMaximumSizeIsNeverCompliant(ClassType type, int size, boolean oversize) {
		ClassStaffing staffing = ratios.classStaffing(careClass(type, size), Collections.nCopies(10, "保育员"));
		assertThat(staffing.oversize()).isEqualTo(oversize);
		assertThat(staffing.compliant()).isEqualTo(!oversize);
	}

	@ParameterizedTest
	@CsvSource({ "0, 0", "1, 1", "150, 1", "151, 2", "300, 2", "301, 3" })
	void oneHealthWorkerPer150Places(int places, int needed) {
		assertThat(ratios.healthWorkersNeeded(places)).isEqualTo(needed);
	}

	@Test
	void ratiosAreConfigurable() {
		var strict = new RatioPolicy(new StaffRules(null, null, null, Map.of(ClassType.MIXED, 4), 100, null, null, null),
				new InstitutionRules(null, null));
		assertThat(strict.classStaffing(careClass(ClassType.MIXED, 9), List.of()).caregiversNeeded()).isEqualTo(3);
		assertThat(strict.healthWorkersNeeded(101)).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-28, EXPIRED", "2026-11-29, EXPIRING", "2026-12-29, EXPIRING", "2026-12-30, VALID",
			", VALID" })
	void aCertificateExpiresAfterItsLastDayAndWarnsThirtyDaysBefore(LocalDate expiresOn, CertificateStatus status) {
		assertThat(certificates.statusOf(expiresOn, TODAY)).isEqualTo(status);
	}

	@Test
	void aCaregiverNeedsHealthNoCriminalRecordAndACaregivingQualification() {
		var checks = certificates.check(StaffRole.CAREGIVER,
				List.of(certificate(CertificateType.HEALTH, TODAY.plusYears(1)),
						certificate(CertificateType.HEALTH, TODAY.minusDays(3)),
						certificate(CertificateType.INFANT_CARER, null)),
				TODAY);
		assertThat(checks).extracting(c -> c.status())
			.containsExactly(CertificateStatus.VALID, CertificateStatus.MISSING, CertificateStatus.VALID);
		assertThat(CertificatePolicy.worst(checks)).isEqualTo(CertificateStatus.MISSING);
		assertThat(certificates.check(StaffRole.COOK, List.of(), TODAY)).hasSize(2);
	}

	@ParameterizedTest
	@CsvSource({ "COLLEGE, 2023, 60, true, true, true", "SECONDARY_VOCATIONAL, 2024, 59.5, false, false, false",
			"POSTGRADUATE, 2026, 120, true, false, true", ", , 0, false, false, false" })
	void aHeadNeedsCollegeThreeYearsAndSixtyTrainingHours(org.tuoyu.staff.Education education, Integer since,
			java.math.BigDecimal hours, boolean educationMet, boolean experienceMet, boolean trainingMet) {
		var checks = new HeadQualificationPolicy(rules).check(education, since, hours, TODAY);
		assertThat(checks).extracting(c -> c.met()).containsExactly(educationMet, experienceMet, trainingMet);
	}

	private static CareClass careClass(ClassType type, int size) {
		return new CareClass(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "班", type, size);
	}

	private static Certificate certificate(CertificateType type, LocalDate expiresOn) {
		return new Certificate(UUID.randomUUID(), type, null, "n", "i", TODAY.minusYears(2), expiresOn, false, null);
	}

	@ParameterizedTest
	@CsvSource({ "CAREGIVER, CAREGIVER", "TEACHER, CAREGIVER", "HEALTH_WORKER, HEALTH_WORKER", "HEAD, ", "COOK, ",
			"SECURITY, ", "OTHER, " })
	void onlyCaregiversTeachersAndHealthWorkersGetASignInRole(StaffRole staffRole, Role expected) {
		assertThat(SignInRolePolicy.roleFor(staffRole)).isEqualTo(Optional.ofNullable(expected));
	}
}
