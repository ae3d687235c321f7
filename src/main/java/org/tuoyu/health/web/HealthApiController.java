package org.tuoyu.health.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.health.DailyCheck;
import org.tuoyu.health.HealthManagement;
import org.tuoyu.health.Incident;
import org.tuoyu.health.IncidentManagement;
import org.tuoyu.health.NewDailyCheck;
import org.tuoyu.health.NewIncident;
import org.tuoyu.health.OutbreakManagement;
import org.tuoyu.health.OutbreakSignal;
import org.tuoyu.health.Reexamination;
import org.tuoyu.platform.CurrentUsers;

/**
 * JSON API of health: morning and noon checks, outbreak signals and their handling, incidents,
 * re-examinations.
 */
@RestController
@RequestMapping("/api/v1/health")
class HealthApiController {

	private final CurrentUsers currentUsers;

	private final HealthManagement health;

	private final OutbreakManagement outbreaks;

	private final IncidentManagement incidents;

	private final Clock clock;

	HealthApiController(CurrentUsers currentUsers, HealthManagement health, OutbreakManagement outbreaks,
			IncidentManagement incidents, Clock clock) {
		this.currentUsers = currentUsers;
		this.health = health;
		this.outbreaks = outbreaks;
		this.incidents = incidents;
		this.clock = clock;
	}

	record Created(UUID id) {
	}

	record Handling(String note) {
	}

	record NewReexamination(UUID childId, LocalDate examinedOn, boolean passed, String note) {
	}

	/** Records today's check of a child (or corrects the session's earlier one). */
	@PostMapping("/checks")
	ResponseEntity<DailyCheck> recordCheck(@RequestBody NewDailyCheck check) {
		return ResponseEntity.status(201).body(health.recordCheck(currentUsers.require(), check));
	}

	/** The checks of one of the institution's classes on a day (default today). */
	@GetMapping("/checks")
	List<DailyCheck> checks(@RequestParam UUID classId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return health.checks(currentUsers.require(), classId, day == null ? LocalDate.now(clock) : day);
	}

	/** Outbreak signals in the user's scope, open first. */
	@GetMapping("/signals")
	List<OutbreakSignal> signals() {
		return outbreaks.signals(currentUsers.require());
	}

	@GetMapping("/signals/{id}")
	OutbreakSignal signal(@PathVariable UUID id) {
		return outbreaks.signal(currentUsers.require(), id);
	}

	/** Records how a signal was handled and closes it (district or city administrators). */
	@PostMapping("/signals/{id}/handling")
	ResponseEntity<Void> handling(@PathVariable UUID id, @RequestBody Handling handling) {
		outbreaks.recordHandling(currentUsers.require(), id, handling.note());
		return ResponseEntity.noContent().build();
	}

	/** Records an incident or injury of a child placed at the institution. */
	@PostMapping("/incidents")
	ResponseEntity<Created> recordIncident(@RequestBody NewIncident incident) {
		return ResponseEntity.status(201).body(new Created(incidents.record(currentUsers.require(), incident)));
	}

	/** The institution's incidents, or the serious ones of an officer's area. */
	@GetMapping("/incidents")
	List<Incident> incidents() {
		return incidents.incidents(currentUsers.require());
	}

	/** Marks a serious incident reported to the district. */
	@PostMapping("/incidents/{id}/reported")
	ResponseEntity<Void> reported(@PathVariable UUID id) {
		incidents.markReported(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	/** Records a re-examination of a child back after a long absence. */
	@PostMapping("/reexaminations")
	ResponseEntity<Created> recordReexamination(@RequestBody NewReexamination request) {
		return ResponseEntity.status(201).body(new Created(health.recordReexamination(currentUsers.require(),
				request.childId(), request.examinedOn(), request.passed(), request.note())));
	}

	@GetMapping("/reexaminations")
	List<Reexamination> reexaminations() {
		return health.reexaminations(currentUsers.require());
	}
}
