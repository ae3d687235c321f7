package org.tuoyu.test;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.statistics.internal.InstitutionFigures;

/**
 * Brings the statistics summaries of hand-built institutions up to date in a test: the events
 * already published are handled after their commits, asynchronously, and raw SQL changes publish
 * none, so a test waits for the pending ones and then recomputes the institutions' rows itself.
 */
public final class Figures {

	private Figures() {
	}

	/** Waits up to 10 s for pending event publications, then refreshes each institution's summary row. */
	public static void settle(JdbcClient jdbc, InstitutionFigures figures, UUID... institutions) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline && jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class).single() > 0) {
			Thread.sleep(20);
		}
		for (UUID id : institutions) {
			figures.refresh(id);
		}
	}
}
