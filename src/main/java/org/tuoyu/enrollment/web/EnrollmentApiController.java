package org.tuoyu.enrollment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.enrollment.Application;
import org.tuoyu.enrollment.EnrollmentManagement;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.enrollment.EnrollmentRecordManagement.ContractDocument;
import org.tuoyu.enrollment.EnrollmentRules;
import org.tuoyu.enrollment.NewApplication;
import org.tuoyu.enrollment.Offer;
import org.tuoyu.enrollment.PlacementEnd;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.enrollment.Statement;
import org.tuoyu.enrollment.WaitlistEntry;
import org.tuoyu.institution.ClassType;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;

/** JSON API of applications and waitlists; the priority rules are public. */
@RestController
@RequestMapping("/api/v1")
class EnrollmentApiController {

	private final CurrentUsers currentUsers;

	private final EnrollmentManagement enrollment;

	private final EnrollmentRules rules;

	private final PlacementManagement placements;

	private final EnrollmentRecordManagement records;

	EnrollmentApiController(CurrentUsers currentUsers, EnrollmentManagement enrollment, EnrollmentRules rules,
			PlacementManagement placements, EnrollmentRecordManagement records) {
		this.records = records;
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

	/** Why and when a placement ends; both optional (left, today). */
	record EndRequest(PlacementEnd reason, LocalDate lastDay) {
	}

	/** A change of an enrollment record's agreed monthly fee and start date. */
	record RecordChange(BigDecimal monthlyFee, LocalDate startDate) {
	}

	/** Ends a placement (a guardian of the child or the institution's administrator); the place goes to the next in line. */
	@PostMapping("/enrollment/placements/{id}/end")
	ResponseEntity<Void> endPlacement(@PathVariable UUID id, @RequestBody(required = false) EndRequest request) {
		EndRequest end = request == null ? new EndRequest(null, null) : request;
		placements.endPlacement(currentUsers.require(), id, end.reason(), end.lastDay());
		return ResponseEntity.noContent().build();
	}

	/** The guardian's children's placements, current and past. */
	@GetMapping("/enrollment/placements")
	List<EnrollmentRecord> myPlacements() {
		return records.ofMyChildren(currentUsers.require());
	}

	/** One enrollment record (the child's guardians, the institution, officers in scope). */
	@GetMapping("/enrollment/placements/{id}")
	EnrollmentRecord record(@PathVariable UUID id) {
		return records.record(currentUsers.require(), id);
	}

	/** Changes the agreed monthly fee and start date (the institution's administrator). */
	@PutMapping("/enrollment/placements/{id}")
	EnrollmentRecord change(@PathVariable UUID id, @RequestBody RecordChange change) {
		CurrentUser user = currentUsers.require();
		records.change(user, id, change.monthlyFee(), change.startDate());
		return records.record(user, id);
	}

	/** Files the signed contract (PDF, JPEG or PNG) of an active placement. */
	@PostMapping(path = "/enrollment/placements/{id}/contract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Void> attachContract(@PathVariable UUID id, @RequestParam MultipartFile file) throws IOException {
		records.attachContract(currentUsers.require(), id, file.getBytes());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/enrollment/placements/{id}/contract")
	ResponseEntity<byte[]> contract(@PathVariable UUID id) {
		ContractDocument contract = records.contract(currentUsers.require(), id);
		return StoredFiles.inline(contract.content(), contract.contentType(), null);
	}

	/** The statements of the guardian's children, or of an institution in scope (default: the user's own). */
	@GetMapping("/enrollment/statements")
	List<Statement> api(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		if (institutionId == null && user.scope().institutionId() == null) {
			return records.myStatements(user, month);
		}
		return records.statements(user, institutionId != null ? institutionId : user.scope().institutionId(), month);
	}

	/** Children placed at an institution (default: the user's own). */
	@GetMapping("/enrollment/roster")
	List<EnrollmentRecord> roster(@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return placements.roster(user, institutionId != null ? institutionId : user.scope().institutionId());
	}

	/** The published priority rules and application limits. */
	@GetMapping("/public/enrollment/rules")
	EnrollmentRules rules() {
		return rules;
	}
}
