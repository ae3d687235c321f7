package org.tuoyu.supervision.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.institution.DisclosureSection;

/** The "report a problem" (我要举报) card on every filed institution's public page. */
@Component
class ComplaintDisclosureSection implements DisclosureSection {

	@Override
	public int order() {
		return 900;
	}

	@Override
	public Optional<Disclosure> of(UUID institutionId) {
		return Optional.of(new Disclosure("disclosure-complaint", "supervision.complaint.disclosure.title",
				List.of(new Line("supervision.complaint.disclosure.report", List.of(),
						"/directory/complaints/new?institution=" + institutionId),
						new Line("supervision.complaint.disclosure.track", List.of(), "/directory/complaints/track"))));
	}
}
