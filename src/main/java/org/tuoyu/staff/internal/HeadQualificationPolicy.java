package org.tuoyu.staff.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.tuoyu.staff.Education;
import org.tuoyu.staff.QualificationCheck;
import org.tuoyu.staff.QualificationCheck.Kind;
import org.tuoyu.staff.StaffRules;

/**
 * The head's qualifications (DOMAIN §2): at least the configured education (大专), years in the
 * field counted from the year the person started, and training hours in total.
 */
public final class HeadQualificationPolicy {

	private final StaffRules rules;

	public HeadQualificationPolicy(StaffRules rules) {
		this.rules = rules;
	}

	public List<QualificationCheck> check(Education education, Integer experienceSince, BigDecimal trainingHours,
			LocalDate today) {
		Integer years = experienceSince == null ? null : Math.max(0, today.getYear() - experienceSince);
		return List.of(
				new QualificationCheck(Kind.EDUCATION, rules.headMinEducation().name(),
						education == null ? null : education.name(),
						education != null && education.compareTo(rules.headMinEducation()) >= 0),
				new QualificationCheck(Kind.EXPERIENCE, String.valueOf(rules.headMinExperienceYears()),
						years == null ? null : String.valueOf(years), years != null && years >= rules.headMinExperienceYears()),
				new QualificationCheck(Kind.TRAINING, String.valueOf(rules.headMinTrainingHours()),
						trainingHours.stripTrailingZeros().toPlainString(),
						trainingHours.compareTo(BigDecimal.valueOf(rules.headMinTrainingHours())) >= 0));
	}
}
