package org.tuoyu.statistics.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tuoyu.statistics.Indicator;

/**
 * A division's live indicators, kept between reads: a dashboard asks for the same divisions many
 * times a second (cards, ranking, trend, map), while the summaries and the population change only
 * on events. An answer is reused while nothing changed on this node since it was read (a change
 * counts once its transaction commits) and it is younger than {@code tuoyu.statistics.live-ttl}
 * (default one second), which bounds how late another node's changes show.
 */
@Component
public class LiveFigures {

	private final long ttlNanos;

	private final AtomicLong version = new AtomicLong();

	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

	private final Map<Object, Object> locks = new ConcurrentHashMap<>();

	LiveFigures(@Value("${tuoyu.statistics.live-ttl:PT1S}") Duration ttl) {
		this.ttlNanos = ttl.toNanos();
	}

	private record Key(String division, LocalDate day) {
	}

	private record Entry(long version, long readAt, Object value) {
	}

	/** The division's live indicators on the day: the kept answer, or {@code read}'s when stale. */
	public List<Indicator> indicators(String division, LocalDate today, Supplier<List<Indicator>> read) {
		return kept(new Key(division, today), () -> List.copyOf(read.get()));
	}

	/**
	 * Anything computed from the live figures (e.g. a rendered dashboard), kept under the same rule
	 * as the indicators: {@code read}'s answer is reused while nothing changed on this node and it is
	 * younger than the time to live. The key must name everything the answer depends on.
	 */
	@SuppressWarnings("unchecked")
	public <T> T kept(Object key, Supplier<T> read) {
		Entry entry = entries.get(key);
		if (fresh(entry)) {
			return (T) entry.value();
		}
		// one reader computes a stale key while the others asking for it wait for its answer
		synchronized (locks.computeIfAbsent(key, k -> new Object())) {
			entry = entries.get(key);
			if (fresh(entry)) {
				return (T) entry.value();
			}
			if (entries.size() > 100_000) {
				entries.clear();
				locks.clear();
			}
			long current = version.get();
			long now = System.nanoTime();
			T value = read.get();
			entries.put(key, new Entry(current, now, value));
			return value;
		}
	}

	private boolean fresh(Entry entry) {
		return entry != null && entry.version() == version.get() && System.nanoTime() - entry.readAt() < ttlNanos;
	}

	/** Figures changed: later reads on this node see it once the current transaction commits. */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					version.incrementAndGet();
				}
			});
		}
		else {
			version.incrementAndGet();
		}
	}
}
