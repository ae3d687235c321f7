package org.tuoyu.family.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.family.Child;
import org.tuoyu.family.ConsentKind;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.Invitation;
import org.tuoyu.family.NewChild;
import org.tuoyu.family.Relation;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUsers;

/**
 * JSON API of the family portal. Registration is public; everything else is the signed-in
 * guardian's own family, and another family's child is not found.
 */
@RestController
@RequestMapping("/api/v1")
class FamilyApiController {

	private final CurrentUsers currentUsers;

	private final FamilyManagement family;

	private final AccountManagement accounts;

	FamilyApiController(CurrentUsers currentUsers, FamilyManagement family, AccountManagement accounts) {
		this.currentUsers = currentUsers;
		this.family = family;
		this.accounts = accounts;
	}

	record Registration(String phone, String displayName, String password) {
	}

	record Created(UUID id) {
	}

	record PickupRequest(String name, String relation, String phone) {
	}

	record InviteRequest(String phone, Relation relation) {
	}

	/** A guardian registers with a mobile number (the sign-in name) and a password. */
	@PostMapping("/public/guardians")
	ResponseEntity<Created> register(@RequestBody Registration registration) {
		return ResponseEntity.status(201)
			.body(new Created(accounts.registerGuardian(registration.phone(), registration.displayName(),
					registration.password())));
	}

	@GetMapping("/family/children")
	List<Child> children() {
		return family.children(currentUsers.require());
	}

	@PostMapping("/family/children")
	ResponseEntity<Created> addChild(@RequestBody NewChild child) {
		return ResponseEntity.status(201).body(new Created(family.addChild(currentUsers.require(), child)));
	}

	@GetMapping("/family/children/{id}")
	Child child(@PathVariable UUID id) {
		return family.child(currentUsers.require(), id);
	}

	@PostMapping("/family/children/{id}/pickups")
	ResponseEntity<Created> addPickup(@PathVariable UUID id, @RequestBody PickupRequest request) {
		return ResponseEntity.status(201)
			.body(new Created(family.addPickup(currentUsers.require(), id, request.name(), request.relation(),
					request.phone())));
	}

	@DeleteMapping("/family/children/{id}/pickups/{pickupId}")
	ResponseEntity<Void> removePickup(@PathVariable UUID id, @PathVariable UUID pickupId) {
		family.removePickup(currentUsers.require(), id, pickupId);
		return ResponseEntity.noContent().build();
	}

	/** Gives a consent (recorded with its time). */
	@PutMapping("/family/children/{id}/consents/{kind}")
	ResponseEntity<Void> grant(@PathVariable UUID id, @PathVariable ConsentKind kind) {
		family.grantConsent(currentUsers.require(), id, kind);
		return ResponseEntity.noContent().build();
	}

	/** Withdraws a consent (the history keeps both times). */
	@DeleteMapping("/family/children/{id}/consents/{kind}")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable ConsentKind kind) {
		family.withdrawConsent(currentUsers.require(), id, kind);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/family/children/{id}/invitations")
	ResponseEntity<Created> invite(@PathVariable UUID id, @RequestBody InviteRequest request) {
		return ResponseEntity.status(201)
			.body(new Created(family.invite(currentUsers.require(), id, request.phone(), request.relation())));
	}

	/** Invitations waiting for the signed-in guardian. */
	@GetMapping("/family/invitations")
	List<Invitation> invitations() {
		return family.invitations(currentUsers.require());
	}

	@PostMapping("/family/invitations/{id}/accept")
	ResponseEntity<Created> accept(@PathVariable UUID id) {
		return ResponseEntity.ok(new Created(family.accept(currentUsers.require(), id)));
	}

	@PostMapping("/family/invitations/{id}/decline")
	ResponseEntity<Void> decline(@PathVariable UUID id) {
		family.decline(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}
}
