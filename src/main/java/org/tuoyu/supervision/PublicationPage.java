package org.tuoyu.supervision;

import java.util.List;

/**
 * One page of the public list of published results.
 *
 * @param results the results on this page, newest first
 * @param page the page number, from 1
 * @param pages the number of pages (at least 1)
 * @param total the number of results over all pages
 */
public record PublicationPage(List<PublishedInspection> results, int page, int pages, long total) {

	public PublicationPage {
		results = List.copyOf(results);
	}
}
