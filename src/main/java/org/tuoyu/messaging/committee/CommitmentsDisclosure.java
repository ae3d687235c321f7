package org.tuoyu.messaging.committee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.institution.DisclosureSection;

/**
 * The institution's published house rules, service commitments and fee notes on its public
 * disclosure page, each under its heading with the day it was published, paragraph by paragraph;
 * and how many parents serve on its committee and when it last met. Nothing of a guardian is shown.
 */
@Component
class CommitmentsDisclosure implements DisclosureSection {

	private final CommitteeManagement committee;

	private final CommitteeRows rows;

	private final Clock clock;

	CommitmentsDisclosure(CommitteeManagement committee, CommitteeRows rows, Clock clock) {
		this.committee = committee;
		this.rows = rows;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public Optional<Disclosure> of(UUID institutionId) {
		List<Line> lines = new ArrayList<>();
		for (Commitment commitment : committee.published(institutionId)) {
			lines.add(new Line("messaging.committee.disclosure.heading." + commitment.kind(),
					List.of(commitment.publishedAt().atZoneSameInstant(clock.getZone()).toLocalDate().toString()), null));
			commitment.publishedText()
				.lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty())
				.forEach(l -> lines.add(new Line("messaging.committee.disclosure.text", List.of(l), null)));
		}
		CommitteeRows.PublicFigures figures = rows.figures(institutionId);
		if (figures.members() > 0) {
			lines.add(figures.lastMeeting() == null
					? new Line("messaging.committee.disclosure.members", List.of(String.valueOf(figures.members())), null)
					: new Line("messaging.committee.disclosure.membersMet",
							List.of(String.valueOf(figures.members()), figures.lastMeeting().toString()), null));
		}
		return lines.isEmpty() ? Optional.empty()
				: Optional.of(new Disclosure("disclosure-commitments", "messaging.committee.disclosure.title", lines));
	}
}
