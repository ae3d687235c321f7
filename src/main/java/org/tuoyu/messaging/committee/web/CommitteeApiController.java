package org.tuoyu.messaging.committee.web;

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
import org.tuoyu.messaging.committee.CommitmentKind;
import org.tuoyu.messaging.committee.Committee;
import org.tuoyu.messaging.committee.CommitteeManagement;
import org.tuoyu.messaging.committee.CommitteeRole;
import org.tuoyu.messaging.committee.FamilyCommittee;
import org.tuoyu.messaging.committee.Invitable;
import org.tuoyu.messaging.committee.NewMinutes;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of the parents' committee and the institution's public texts: the administrator invites
 * and ends members, records minutes, writes and publishes house rules (HOUSE_RULES), service
 * commitments (SERVICE_COMMITMENTS) and fee notes (FEE_NOTES); its staff read; a guardian answers
 * invitations and reads the committees of their children's institutions. Out of reach answers 404,
 * a role that never has the action 403, bad input 422 problem JSON.
 */
@RestController
@RequestMapping("/api/v1/committee")
class CommitteeApiController {

	private final CurrentUsers currentUsers;

	private final CommitteeManagement committee;

	CommitteeApiController(CurrentUsers currentUsers, CommitteeManagement committee) {
		this.currentUsers = currentUsers;
		this.committee = committee;
	}

	record Invitation(UUID guardianAccountId, CommitteeRole role) {
	}

	record Text(String text) {
	}

	@Operation(summary = "The committee of the signed-in staff member's institution: members, minutes, public texts")
	@GetMapping
	Committee committee() {
		return committee.committee(currentUsers.require());
	}

	@Operation(summary = "The guardians of the children placed at the administrator's institution, whom it may invite")
	@GetMapping("/invitable")
	List<Invitable> invitable() {
		return committee.invitable(currentUsers.require());
	}

	@Operation(summary = "Invite a guardian of a child placed here: {\"guardianAccountId\",\"role\":\"CHAIR|VICE_CHAIR|MEMBER\"} "
			+ "(one chair at a time); the guardian is told in the inbox")
	@PostMapping("/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> invite(@RequestBody Invitation invitation) {
		return Map.of("id", committee.invite(currentUsers.require(), invitation.guardianAccountId(), invitation.role()));
	}

	@Operation(summary = "The invited guardian accepts")
	@PostMapping("/invitations/{id}/accept")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void accept(@PathVariable UUID id) {
		committee.answer(currentUsers.require(), id, true);
	}

	@Operation(summary = "The invited guardian declines")
	@PostMapping("/invitations/{id}/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@PathVariable UUID id) {
		committee.answer(currentUsers.require(), id, false);
	}

	@Operation(summary = "The administrator ends a membership or withdraws an invitation")
	@PostMapping("/members/{id}/end")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void end(@PathVariable UUID id) {
		committee.end(currentUsers.require(), id);
	}

	@Operation(summary = "Record a meeting's minutes: {\"metOn\":\"2026-12-01\",\"title\",\"attendees\",\"text\"}")
	@PostMapping("/minutes")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> recordMinutes(@RequestBody NewMinutes minutes) {
		return Map.of("id", committee.recordMinutes(currentUsers.require(), minutes));
	}

	@Operation(summary = "Write the draft of a public text (HOUSE_RULES, SERVICE_COMMITMENTS, FEE_NOTES): {\"text\"}")
	@PutMapping("/commitments/{kind}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void saveCommitment(@PathVariable CommitmentKind kind, @RequestBody Text text) {
		committee.saveCommitment(currentUsers.require(), kind, text.text());
	}

	@Operation(summary = "Publish the draft of a public text on the institution's public disclosure page")
	@PostMapping("/commitments/{kind}/publication")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void publishCommitment(@PathVariable CommitmentKind kind) {
		committee.publishCommitment(currentUsers.require(), kind);
	}

	@Operation(summary = "A guardian's committees: of the institutions where their children are placed, and those that "
			+ "invited them")
	@GetMapping("/family")
	List<FamilyCommittee> family() {
		return committee.forFamily(currentUsers.require());
	}
}
