package org.tuoyu.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.institution.DisclosureSection;
import org.tuoyu.supervision.CreditManagement;
import org.tuoyu.supervision.PublicCredit;
import org.tuoyu.supervision.PublicGrade;
import org.tuoyu.supervision.QualityAssessmentManagement;

/**
 * The institution's credit tier and quality grade on its public disclosure page: the tier with
 * the day it got it, and the latest approved grade with its year and date; never a score or an event.
 */
@Component
class CreditDisclosure implements DisclosureSection {

	private final CreditManagement credit;

	private final QualityAssessmentManagement assessments;

	CreditDisclosure(CreditManagement credit, QualityAssessmentManagement assessments) {
		this.credit = credit;
		this.assessments = assessments;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Optional<Disclosure> of(UUID institutionId) {
		PublicCredit tier = credit.publicCredit(institutionId);
		List<Line> lines = new ArrayList<>();
		lines.add(tier.tierSince() == null
				? new Line("supervision.credit.public." + tier.tier(), List.of(), null)
				: new Line("supervision.credit.public.since." + tier.tier(), List.of(tier.tierSince().toString()), null));
		Optional<PublicGrade> grade = assessments.publicGrade(institutionId);
		lines.add(grade
			.map(g -> new Line("supervision.grading.public." + g.grade(),
					List.of(String.valueOf(g.year()), g.gradedOn().toString()), null))
			.orElse(new Line("supervision.grading.public.none", List.of(), null)));
		return Optional.of(new Disclosure("disclosure-credit", "supervision.credit.public.title", lines));
	}
}
