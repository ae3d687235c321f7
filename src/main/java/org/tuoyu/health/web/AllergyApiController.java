package org.tuoyu.health.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.health.Allergies;
import org.tuoyu.health.Allergy;
import org.tuoyu.health.NewAllergy;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of children's allergies: guardians record and withdraw them, the health worker of the
 * child's institution confirms them, guardians and that institution's staff read them. A child out
 * of reach answers 404, a role that never has the action 403, bad input 422 problem JSON.
 */
@RestController
@RequestMapping("/api/v1/allergies")
class AllergyApiController {

	private final CurrentUsers currentUsers;

	private final Allergies allergies;

	AllergyApiController(CurrentUsers currentUsers, Allergies allergies) {
		this.currentUsers = currentUsers;
		this.allergies = allergies;
	}

	@Operation(summary = "A guardian records an allergy of their child, unconfirmed: {\"childId\",\"allergen\":\"鸡蛋\","
			+ "\"reaction\":\"皮疹\",\"severity\":\"MILD|MODERATE|SEVERE\"}")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> record(@RequestBody NewAllergy allergy) {
		return Map.of("id", allergies.record(currentUsers.require(), allergy));
	}

	@Operation(summary = "A child's standing allergies, for its guardians and the staff of its institution; audited")
	@GetMapping("/children/{childId}")
	List<Allergy> ofChild(@PathVariable UUID childId) {
		return allergies.ofChild(currentUsers.require(), childId);
	}

	@Operation(summary = "The allergies of every child placed at the signed-in staff member's institution, unconfirmed first")
	@GetMapping("/institution")
	List<Allergy> atInstitution() {
		return allergies.atInstitution(currentUsers.require());
	}

	@Operation(summary = "The institution's health worker confirms an allergy of a child placed there")
	@PostMapping("/{id}/confirmation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void confirm(@PathVariable UUID id) {
		allergies.confirm(currentUsers.require(), id);
	}

	@Operation(summary = "A guardian withdraws an allergy of their child; the record stays")
	@PostMapping("/{id}/withdrawal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable UUID id) {
		allergies.withdraw(currentUsers.require(), id);
	}
}
