package org.tuoyu.health.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.health.HealthRules;
import org.tuoyu.health.Symptom;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;

/**
 * Counts the cases of each symptom of a recorded check in its class and opens a signal when
 * {@link OutbreakPolicy} says so — one per class and symptom while it is open. Runs in the
 * check's transaction, holding the class's lock so that concurrent checks count each other.
 */
@Component
public class OutbreakWatch {

	private final CheckRows checks;

	private final SignalRows signals;

	private final OutbreakPolicy policy;

	private final HealthAlerts alerts;

	private final AuditLog audit;

	OutbreakWatch(CheckRows checks, SignalRows signals, HealthRules rules, HealthAlerts alerts, AuditLog audit) {
		this.checks = checks;
		this.signals = signals;
		this.policy = new OutbreakPolicy(rules.outbreak());
		this.alerts = alerts;
		this.audit = audit;
	}

	/** Where a check was recorded. */
	public record Place(UUID institutionId, String institutionName, DivisionCode division, UUID classId,
			String className) {
	}

	/** Looks at the symptoms of a check recorded in the class today. */
	public void afterCheck(Place place, Collection<Symptom> symptoms, LocalDate today) {
		if (symptoms.isEmpty()) {
			return;
		}
		checks.lockClass(place.classId());
		for (Symptom symptom : symptoms) {
			policy.evaluate(checks.cases(place.classId(), symptom, policy.windowStart(today), today), today)
				.ifPresent(counts -> signal(place, symptom, today, counts));
		}
	}

	private void signal(Place place, Symptom symptom, LocalDate today, OutbreakPolicy.Counts counts) {
		Optional<UUID> opened = signals.open(UuidV7.next(), place.institutionId(), place.classId(),
				place.division().value(), symptom, today, counts.sameDay(), counts.window());
		UUID id = opened.or(() -> signals.openSignal(place.classId(), symptom)).orElseThrow();
		if (opened.isEmpty()) {
			signals.updateCounts(id, counts.sameDay(), counts.window());
		}
		signals.addCases(id, counts.cases());
		if (opened.isPresent()) {
			audit.record(new AuditEntry("health.signal.open", "outbreak-signal", id.toString(), place.division(),
					place.institutionId(), symptom.name() + " " + counts.sameDay() + "/" + counts.window()));
			alerts.signalOpened(place.institutionId(), place.institutionName(), place.division(), place.className(),
					symptom, counts.sameDay(), counts.window());
		}
	}
}
