package org.tuoyu.supervision;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.internal.PublicationRows;

/**
 * The public side of 一公开: published inspection results for anyone, by district and outcome,
 * and the latest results of one institution for its public page. Nothing personal is published.
 */
@Service
public class PublicationDirectory {

	private final PublicationRows publications;

	private final PublicationSettings settings;

	PublicationDirectory(PublicationRows publications, PublicationSettings settings) {
		this.publications = publications;
		this.settings = settings;
	}

	/**
	 * One page (from 1) of published results, newest first.
	 * @param division a division code whose subtree to show (e.g. a district), or blank for all
	 * @param outcome only results with this outcome, or {@code null}
	 */
	@Transactional(readOnly = true)
	public PublicationPage page(String division, InspectionOutcome outcome, int page) {
		String prefix = division == null || division.isBlank() ? null
				: BusinessRuleException.onField("division", () -> DivisionCode.of(division.trim())).value();
		if (page < 1) {
			throw new BusinessRuleException("page", "supervision.publication.page.invalid");
		}
		long total = publications.count(prefix, outcome);
		int size = settings.pageSize();
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new PublicationPage(publications.page(prefix, outcome, (page - 1) * size, size), page, pages, total);
	}

	/** The latest published results of an institution, newest first. */
	@Transactional(readOnly = true)
	public List<PublishedInspection> latestOf(UUID institutionId) {
		return publications.latestOf(institutionId, settings.disclosureLatest());
	}
}
