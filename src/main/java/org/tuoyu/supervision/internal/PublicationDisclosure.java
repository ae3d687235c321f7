package org.tuoyu.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.institution.DisclosureSection;
import org.tuoyu.supervision.PublicationSettings;
import org.tuoyu.supervision.PublishedInspection;

/** The institution's public page shows its latest published inspection results, with a link to the full list. */
@Component
public class PublicationDisclosure implements DisclosureSection {

	private final PublicationRows publications;

	private final PublicationSettings settings;

	PublicationDisclosure(PublicationRows publications, PublicationSettings settings) {
		this.publications = publications;
		this.settings = settings;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Disclosure> of(UUID institutionId) {
		List<PublishedInspection> latest = publications.latestOf(institutionId, settings.disclosureLatest());
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		List<Line> lines = new ArrayList<>();
		for (PublishedInspection result : latest) {
			lines.add(new Line("supervision.publication.disclosure." + result.outcome().name(),
					List.of(result.inspectedOn().toString(), String.valueOf(result.minorFindings()),
							String.valueOf(result.seriousFindings()), String.valueOf(result.ordersClosed()),
							String.valueOf(result.orders())),
					null));
		}
		lines.add(new Line("supervision.publication.disclosure.all", List.of(), "/directory/inspections"));
		return Optional.of(new Disclosure("inspection-results", "supervision.publication.disclosure.title", lines));
	}
}
