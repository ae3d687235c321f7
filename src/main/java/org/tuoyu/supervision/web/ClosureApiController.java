package org.tuoyu.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.supervision.Closure;
import org.tuoyu.supervision.ClosureCase;
import org.tuoyu.supervision.ClosureManagement;
import org.tuoyu.supervision.TransferCandidate;

import io.swagger.v3.oas.annotations.Operation;

/** JSON API of closure cases; everything is limited to the officer's area. */
@RestController
@RequestMapping("/api/v1/supervision/closures")
class ClosureApiController {

	private final CurrentUsers currentUsers;

	private final ClosureManagement closures;

	ClosureApiController(CurrentUsers currentUsers, ClosureManagement closures) {
		this.currentUsers = currentUsers;
		this.closures = closures;
	}

	record NewClosure(UUID institutionId, String reason, LocalDate plannedClosingOn) {
	}

	record Created(UUID id) {
	}

	record Proposal(UUID institutionId) {
	}

	record Withdrawal(String note) {
	}

	@Operation(summary = "Closure cases of institutions in the officer's area, active first")
	@GetMapping
	List<Closure> cases() {
		return closures.cases(currentUsers.require());
	}

	@Operation(summary = "Open a closure case (district or city administrators): every enrolled child gets a proposed "
			+ "place at the nearest institution with a free place for its age")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Created open(@RequestBody NewClosure body) {
		return new Created(
				closures.open(currentUsers.require(), body.institutionId(), body.reason(), body.plannedClosingOn()));
	}

	@Operation(summary = "One closure case with its children (names masked) and their transfer progress; audited")
	@GetMapping("/{id}")
	ClosureCase closure(@PathVariable UUID id) {
		return closures.closure(currentUsers.require(), id);
	}

	@Operation(summary = "For each child of an open case, the nearby institutions that could take it, nearest first")
	@GetMapping("/{id}/candidates")
	Map<UUID, List<TransferCandidate>> candidates(@PathVariable UUID id) {
		return closures.candidates(currentUsers.require(), id);
	}

	@Operation(summary = "Change one child's proposed institution (open cases only; it must have a fitting free place)")
	@PutMapping("/{id}/transfers/{transferId}")
	ClosureCase propose(@PathVariable UUID id, @PathVariable UUID transferId, @RequestBody Proposal body) {
		closures.propose(currentUsers.require(), id, transferId, body.institutionId());
		return closures.closure(currentUsers.require(), id);
	}

	@Operation(summary = "Confirm the proposals: the guardians of every child are notified")
	@PostMapping("/{id}/confirmation")
	ClosureCase confirm(@PathVariable UUID id) {
		closures.confirm(currentUsers.require(), id);
		return closures.closure(currentUsers.require(), id);
	}

	@Operation(summary = "Record that a child will not transfer (withdrawn), with a note")
	@PostMapping("/{id}/transfers/{transferId}/withdrawal")
	ClosureCase withdraw(@PathVariable UUID id, @PathVariable UUID transferId, @RequestBody Withdrawal body) {
		closures.withdraw(currentUsers.require(), id, transferId, body.note());
		return closures.closure(currentUsers.require(), id);
	}
}
