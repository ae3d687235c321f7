package org.tuoyu.test;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.statistics.internal.InstitutionFigures;
import org.tuoyu.statistics.internal.LiveFigures;

/**
 * Brings the statistics of hand-built data up to date in a test: the events already published are
 * handled after their commits, asynchronously, and raw SQL changes (institutions, population)
 * publish none, so a test waits for the pending ones, recomputes the institutions' rows itself and
 * lets the kept live indicators go.
 */
public final class Figures {

	private Figures() {
	}

	/** Waits up to 10 s for pending event publications, refreshes each institution's summary row, drops kept answers. */
	public static void settle(JdbcClient jdbc, InstitutionFigures figures, LiveFigures live, UUID... institutions) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline && jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class).single() > 0) {
			Thread.sleep(20);
		}
		for (UUID id : institutions) {
			figures.refresh(id);
		}
		live.changed();
	}
}
