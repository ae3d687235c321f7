package org.tuoyu.enrollment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.enrollment.Application;
import org.tuoyu.enrollment.EnrollmentManagement;
import org.tuoyu.enrollment.EnrollmentRules;
import org.tuoyu.enrollment.NewApplication;
import org.tuoyu.enrollment.Offer;
import org.tuoyu.enrollment.Placement;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.enrollment.WaitlistEntry;
import org.tuoyu.institution.ClassType;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;

/** JSON API of applications and waitlists; the priority rules are public. */
@RestController
@RequestMapping("/api/v1")
class EnrollmentApiController {

	private final CurrentUsers currentUsers;

	private final EnrollmentManagement enrollment;

	private final EnrollmentRules rules;

	private final PlacementManagement placements;

	EnrollmentApiController(CurrentUsers currentUsers, EnrollmentManagement enrollment, EnrollmentRules rules,
			PlacementManagement placements) {
		this.currentUsers = currentUsers;
		this.enrollment = enrollment;
		this.rules = rules;
		this.placements = placements;
	}

	record Created(UUID id) {
	}

	record OfferRequest(UUID applicationId, UUID classId, Integer responseDays) {
	}

	/** Applies for one of the guardian's children (institutions in ranked order). */
	@PostMapping("/enrollment/applications")
	ResponseEntity<Created> apply(@RequestBody NewApplication application) {
		return ResponseEntity.status(201).body(new Created(enrollment.apply(currentUsers.require(), application)));
	}

	/** The guardian's applications with position, reasons and expected wait at each choice. */
	@GetMapping("/enrollment/applications")
	List<Application> applications() {
		return enrollment.applications(currentUsers.require());
	}

	@PostMapping("/enrollment/applications/{id}/withdraw")
	ResponseEntity<Void> withdraw(@PathVariable UUID id) {
		enrollment.withdraw(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	/** An institution's lines per class type (default: the user's own institution). */
	@GetMapping("/enrollment/waitlists")
	Map<ClassType, List<WaitlistEntry>> waitlists(@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return enrollment.waitlists(user, institutionId != null ? institutionId : user.scope().institutionId());
	}

	/** Offers a place in a class to an application (the institution's administrator). */
	@PostMapping("/enrollment/offers")
	ResponseEntity<Created> offer(@RequestBody OfferRequest request) {
		return ResponseEntity.status(201)
			.body(new Created(placements.offer(currentUsers.require(), request.applicationId(), request.classId(),
					request.responseDays())));
	}

	/** Offers to the guardian's children, or the institution's offers for its staff. */
	@GetMapping("/enrollment/offers")
	List<Offer> offers() {
		CurrentUser user = currentUsers.require();
		return user.role().isInstitutionStaff() ? placements.institutionOffers(user, user.scope().institutionId())
				: placements.offers(user);
	}

	/** Accepts an offer: the child's placement, unless the class is full by now. */
	@PostMapping("/enrollment/offers/{id}/accept")
	ResponseEntity<Created> accept(@PathVariable UUID id) {
		return ResponseEntity.ok(new Created(placements.accept(currentUsers.require(), id)));
	}

	@PostMapping("/enrollment/offers/{id}/decline")
	ResponseEntity<Void> decline(@PathVariable UUID id) {
		placements.decline(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	/** Ends a placement (a guardian of the child or the institution's administrator); the place goes to the next in line. */
	@PostMapping("/enrollment/placements/{id}/end")
	ResponseEntity<Void> endPlacement(@PathVariable UUID id) {
		placements.endPlacement(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	/** Children placed at an institution (default: the user's own). */
	@GetMapping("/enrollment/roster")
	List<Placement> roster(@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return placements.roster(user, institutionId != null ? institutionId : user.scope().institutionId());
	}

	/** The published priority rules and application limits. */
	@GetMapping("/public/enrollment/rules")
	EnrollmentRules rules() {
		return rules;
	}
}
