package org.tuoyu.attendance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.attendance.LiveRatio;
import org.tuoyu.institution.ClassType;
import org.tuoyu.staff.StaffRules;

/**
 * Keeps each class's ratio breach in step with who is present, off the request path. A check-in,
 * check-out or caregiver move marks its class once it commits; every second (and whenever
 * {@link #evaluatePending()} is called) each marked class's presence is read once and its breach
 * opened, worsened or ended, dated from the first change since the class was last looked at. Many
 * check-ins into one class in the morning rush cost one evaluation, and check-ins never wait for
 * one another. The live ratio shown on the class page is read when it is shown, so it is never
 * late; only the breach record is, by a second (a few under heavy load) — well inside the
 * district's 15 minutes.
 */
@Component
public class RatioWatch {

	private final ConcurrentMap<UUID, Change> pending = new ConcurrentHashMap<>();

	private final AttendanceRows rows;

	private final LiveRatioPolicy ratios;

	private final TransactionTemplate transactions;

	private final Counter evaluations;

	RatioWatch(AttendanceRows rows, StaffRules staffRules, PlatformTransactionManager transactionManager,
			MeterRegistry meters) {
		this.rows = rows;
		this.ratios = new LiveRatioPolicy(staffRules);
		this.transactions = new TransactionTemplate(transactionManager);
		this.evaluations = Counter.builder("tuoyu.attendance.ratio.evaluations")
			.description("Classes whose ratio breach was looked at after a change")
			.register(meters);
	}

	/** A change of who is present in a class, at a moment. */
	public record Change(UUID classId, ClassType type, UUID institutionId, String division, Instant at) {

		Change earlier(Change other) {
			return other.at.isBefore(at) ? other : this;
		}
	}

	/** Marks the class to be looked at once the current transaction commits (at once without one). */
	public void changed(Change change) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					mark(change);
				}
			});
		}
		else {
			mark(change);
		}
	}

	/** Looks at every marked class now; returns how many. */
	@Scheduled(cron = "${tuoyu.attendance.ratio-cron:* * * * * *}", zone = "${tuoyu.city.time-zone}")
	public int evaluatePending() {
		List<Change> changes = new ArrayList<>();
		for (UUID classId : List.copyOf(pending.keySet())) {
			Change change = pending.remove(classId);
			if (change != null) {
				changes.add(change);
			}
		}
		for (Change change : changes) {
			transactions.executeWithoutResult(status -> evaluate(change));
			evaluations.increment();
		}
		return changes.size();
	}

	private void mark(Change change) {
		pending.merge(change.classId(), change, Change::earlier);
	}

	/** Opens, worsens or ends the class's ratio breach from who is present now; writes only on a change. */
	private void evaluate(Change change) {
		AttendanceRows.Presence presence = rows.presence(change.classId());
		LiveRatio ratio = ratios.of(change.type(), presence.children(), presence.caregivers());
		if (ratio.breached()) {
			if (!presence.breachOpen() || presence.children() > presence.breachChildren()
					|| presence.caregivers() < presence.breachCaregivers()) {
				rows.breach(change.classId(), change.institutionId(), change.division(), change.at(), ratio.children(),
						ratio.caregivers());
			}
		}
		else if (presence.breachOpen()) {
			rows.endBreach(change.classId(), change.at());
		}
	}
}
