package org.tuoyu.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tuoyu.statistics.Indicator;
import org.tuoyu.statistics.IndicatorCode;

/** When the cached live figures are reused and when they are read again. */
class LiveFiguresTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	/** Counts the reads and answers a different figure each time. */
	private static final class CountingReads {

		final AtomicInteger reads = new AtomicInteger();

		long read(LiveFigures figures, String division, LocalDate day) {
			return figures.indicators(division, day, () -> List.of(Indicator.of(IndicatorCode.PLACES_PER_1000, division,
					day.getYear(), reads.incrementAndGet(), 1000, Indicator.Source.LIVE))).get(0).numerator().longValue();
		}
	}

	@Test
	void aDivisionIsReadOncePerDayUntilSomethingChanges() {
		CountingReads rows = new CountingReads();
		LiveFigures figures = new LiveFigures(Duration.ofHours(1));
		assertThat(rows.read(figures, "3202", TODAY)).isEqualTo(1);
		assertThat(rows.read(figures, "3202", TODAY)).isEqualTo(1);
		assertThat(rows.read(figures, "320213", TODAY)).isEqualTo(2);
		assertThat(rows.read(figures, "3202", TODAY.plusDays(1))).isEqualTo(3);

		figures.changed();
		assertThat(rows.read(figures, "3202", TODAY)).isEqualTo(4);
		assertThat(rows.read(figures, "3202", TODAY)).isEqualTo(4);
		assertThat(rows.reads).hasValue(4);
	}

	@Test
	void aChangeCountsOnlyOnceItsTransactionCommits() {
		CountingReads rows = new CountingReads();
		LiveFigures figures = new LiveFigures(Duration.ofHours(1));
		rows.read(figures, "3202", TODAY);
		TransactionSynchronizationManager.initSynchronization();
		try {
			figures.changed();
			assertThat(rows.read(figures, "3202", TODAY)).as("before the commit").isEqualTo(1);
			TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(rows.read(figures, "3202", TODAY)).as("after the commit").isEqualTo(2);
	}

	@Test
	void anAnswerOlderThanTheTimeToLiveIsReadAgain() {
		CountingReads rows = new CountingReads();
		LiveFigures figures = new LiveFigures(Duration.ZERO);
		rows.read(figures, "3202", TODAY);
		rows.read(figures, "3202", TODAY);
		assertThat(rows.reads).hasValue(2);
	}

	@Test
	void readersAskingForAStaleKeyAtOnceShareOneRead() throws Exception {
		LiveFigures figures = new LiveFigures(Duration.ofHours(1));
		AtomicInteger reads = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(readers.submit(() -> {
					start.await();
					return figures.kept("page", () -> {
						reads.incrementAndGet();
						try {
							Thread.sleep(100);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						return "body";
					});
				}));
			}
			start.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("body");
			}
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(reads).hasValue(1);
	}
}
