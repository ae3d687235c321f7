package org.tuoyu.supervision.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.supervision.CreditEntry;
import org.tuoyu.supervision.CreditManagement;
import org.tuoyu.supervision.CreditStanding;
import org.tuoyu.supervision.CreditTier;
import org.tuoyu.supervision.NewCreditEvent;
import org.tuoyu.supervision.PublicCredit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** JSON API of credit supervision: standings, histories, manual events, and the public tier. */
@RestController
class CreditApiController {

	private final CurrentUsers currentUsers;

	private final CreditManagement credit;

	CreditApiController(CurrentUsers currentUsers, CreditManagement credit) {
		this.currentUsers = currentUsers;
		this.credit = credit;
	}

	/** An institution's credit with its history. */
	record CreditRecord(CreditStanding standing, List<CreditEntry> history) {
	}

	record Created(UUID id) {
	}

	@Operation(summary = "The credit of the filed institutions in the officer's area",
			description = "Score, tier and the day it got the tier, lowest score first; an institution without events "
					+ "has the initial score. Empty for non-officers.")
	@GetMapping("/api/v1/supervision/credit")
	List<CreditStanding> standings(
			@Parameter(description = "only this tier: A, B, C or D") @RequestParam(required = false) CreditTier tier) {
		return credit.standings(currentUsers.require(), tier);
	}

	@Operation(summary = "An institution's credit and its history, newest first",
			description = "For officers whose area covers it and for the institution's own staff; 404 otherwise.")
	@GetMapping("/api/v1/supervision/credit/{institutionId}")
	CreditRecord institution(@PathVariable UUID institutionId) {
		var user = currentUsers.require();
		return new CreditRecord(credit.standing(user, institutionId), credit.history(user, institutionId));
	}

	@Operation(summary = "Records a penalty, violation or commendation",
			description = "District and city administrators, for a filed institution in their area. kind is PENALTY, "
					+ "VIOLATION or COMMENDATION; reason and documentNumber (文号) are required; occurredOn is not in the "
					+ "future. The score moves by the configured points and the tier follows; a broken rule is a 422 naming "
					+ "the field.")
	@PostMapping("/api/v1/supervision/credit/{institutionId}/events")
	ResponseEntity<Created> record(@PathVariable UUID institutionId, @RequestBody NewCreditEvent event) {
		return ResponseEntity.status(201).body(new Created(credit.record(currentUsers.require(), institutionId, event)));
	}

	@Operation(summary = "The public credit tier of a filed institution",
			description = "The tier and the day it got it (null while it is the initial tier); never the score or the "
					+ "events. 404 for an institution that is not filed.")
	@GetMapping("/api/v1/public/institutions/{institutionId}/credit")
	PublicCredit publicCredit(@PathVariable UUID institutionId) {
		return credit.publicCredit(institutionId);
	}
}
