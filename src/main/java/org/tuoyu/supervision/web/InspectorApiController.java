package org.tuoyu.supervision.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.OfficerAccount;
import org.tuoyu.supervision.Inspector;
import org.tuoyu.supervision.InspectorManagement;

/** JSON API of the inspector roster used by double-random draws. */
@RestController
@RequestMapping("/api/v1/supervision/inspectors")
@Tag(name = "Inspectors", description = "The inspector roster (执法检查人员名录) with declared former workplaces")
class InspectorApiController {

	private final CurrentUsers currentUsers;

	private final InspectorManagement inspectors;

	InspectorApiController(CurrentUsers currentUsers, InspectorManagement inspectors) {
		this.currentUsers = currentUsers;
		this.inspectors = inspectors;
	}

	record Enrolment(UUID accountId) {
	}

	record Activity(boolean active) {
	}

	record Workplace(UUID institutionId) {
	}

	@GetMapping
	@Operation(summary = "The enrolled inspectors of the caller's division subtree")
	List<Inspector> list() {
		return inspectors.inspectors(currentUsers.require());
	}

	@GetMapping("/enrollable")
	@Operation(summary = "INSPECTOR accounts at city or district level in scope, not enrolled yet")
	List<OfficerAccount> enrollable() {
		return inspectors.enrollable(currentUsers.require());
	}

	@PostMapping
	@Operation(summary = "Enrols an INSPECTOR account (administrators in scope)")
	ResponseEntity<Inspector> enrol(@RequestBody Enrolment enrolment) {
		inspectors.enrol(currentUsers.require(), enrolment.accountId());
		return ResponseEntity.status(201).body(inspectors.inspector(currentUsers.require(), enrolment.accountId()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One enrolled inspector")
	Inspector get(@PathVariable UUID id) {
		return inspectors.inspector(currentUsers.require(), id);
	}

	@PutMapping("/{id}/active")
	@Operation(summary = "Makes the inspector active (drawn) or inactive")
	Inspector active(@PathVariable UUID id, @RequestBody Activity activity) {
		inspectors.setActive(currentUsers.require(), id, activity.active());
		return inspectors.inspector(currentUsers.require(), id);
	}

	@PostMapping("/{id}/workplaces")
	@Operation(summary = "Declares an institution the inspector worked at: never drawn for it")
	ResponseEntity<Inspector> declare(@PathVariable UUID id, @RequestBody Workplace workplace) {
		inspectors.declareWorkplace(currentUsers.require(), id, workplace.institutionId());
		return ResponseEntity.status(201).body(inspectors.inspector(currentUsers.require(), id));
	}

	@DeleteMapping("/{id}/workplaces/{institutionId}")
	@Operation(summary = "Withdraws a declared workplace")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID institutionId) {
		inspectors.withdrawWorkplace(currentUsers.require(), id, institutionId);
		return ResponseEntity.noContent().build();
	}
}
