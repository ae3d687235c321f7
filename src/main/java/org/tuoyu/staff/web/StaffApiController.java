package org.tuoyu.staff.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.staff.Ban;
import org.tuoyu.staff.BanCheck;
import org.tuoyu.staff.BanList;
import org.tuoyu.staff.CertificateGap;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.Education;
import org.tuoyu.staff.InstitutionStaffing;
import org.tuoyu.staff.NewBan;
import org.tuoyu.staff.NewCertificate;
import org.tuoyu.staff.NewHire;
import org.tuoyu.staff.NewTraining;
import org.tuoyu.staff.PersonRecord;
import org.tuoyu.staff.StaffFile;
import org.tuoyu.staff.StaffManagement;
import org.tuoyu.staff.StaffMember;

/**
 * JSON API of staff and the ban list, with the same scope rules as the pages. ID numbers travel
 * only in request bodies, never in URLs.
 */
@RestController
@RequestMapping("/api/v1")
class StaffApiController {

	private final CurrentUsers currentUsers;

	private final StaffManagement staff;

	private final BanList bans;

	StaffApiController(CurrentUsers currentUsers, StaffManagement staff, BanList bans) {
		this.currentUsers = currentUsers;
		this.staff = staff;
		this.bans = bans;
	}

	record Created(UUID id) {
	}

	record EmploymentEnd(LocalDate endedOn) {
	}

	record CertificateRequest(CertificateType type, Integer level, String number, String issuer, LocalDate issuedOn,
			LocalDate expiresOn) {
	}

	record CheckRequest(String residentId) {
	}

	record Qualifications(Education education, Integer experienceSince) {
	}

	record CreatedBans(List<UUID> ids) {
	}

	record AccountLink(UUID accountId) {
	}

	record NewAccount(String username, String password) {
	}

	record OpenedAccount(UUID accountId) {
	}

	/** The current staff of an institution (default: the user's own). */
	@GetMapping("/staff")
	List<StaffMember> roster(@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return staff.roster(user, institutionId != null ? institutionId : user.scope().institutionId());
	}

	/** Hires a person at the administrator's institution; refused for a banned person. */
	@PostMapping("/staff")
	ResponseEntity<Created> hire(@RequestBody NewHire hire) {
		return ResponseEntity.status(201).body(new Created(staff.hire(currentUsers.require(), hire)));
	}

	@GetMapping("/staff/people/{personId}")
	PersonRecord person(@PathVariable UUID personId) {
		return staff.person(currentUsers.require(), personId);
	}

	@PostMapping("/staff/employments/{employmentId}/end")
	ResponseEntity<Void> end(@PathVariable UUID employmentId, @RequestBody(required = false) EmploymentEnd end) {
		staff.endEmployment(currentUsers.require(), employmentId, end == null ? null : end.endedOn());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/staff/people/{personId}/certificates", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Created> certificate(@PathVariable UUID personId, @RequestBody CertificateRequest request) {
		return ResponseEntity.status(201)
			.body(new Created(staff.addCertificate(currentUsers.require(), personId,
					new NewCertificate(request.type(), request.level(), request.number(), request.issuer(),
							request.issuedOn(), request.expiresOn(), null))));
	}

	/** The same with a scanned copy (multipart: the fields above and {@code scan}). */
	@PostMapping(path = "/staff/people/{personId}/certificates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Created> certificateWithScan(@PathVariable UUID personId, CertificateRequest request,
			@RequestParam(required = false) MultipartFile scan) throws IOException {
		return ResponseEntity.status(201)
			.body(new Created(staff.addCertificate(currentUsers.require(), personId,
					new NewCertificate(request.type(), request.level(), request.number(), request.issuer(),
							request.issuedOn(), request.expiresOn(), scan == null ? null : scan.getBytes()))));
	}

	@PostMapping("/staff/people/{personId}/trainings")
	ResponseEntity<Created> training(@PathVariable UUID personId, @RequestBody NewTraining training) {
		return ResponseEntity.status(201)
			.body(new Created(staff.addTraining(currentUsers.require(), personId, training)));
	}

	/** The education and first year in the field (checked for heads). */
	@PutMapping("/staff/people/{personId}/qualifications")
	ResponseEntity<Void> qualifications(@PathVariable UUID personId, @RequestBody Qualifications request) {
		staff.updateQualifications(currentUsers.require(), personId, request.education(), request.experienceSince());
		return ResponseEntity.noContent().build();
	}

	/** Sets the person's photo (multipart {@code photo}: JPEG or PNG, up to 2 MB). */
	@PutMapping(path = "/staff/people/{personId}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Void> setPhoto(@PathVariable UUID personId, @RequestParam MultipartFile photo) throws IOException {
		staff.setPhoto(currentUsers.require(), personId, photo.getBytes());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/staff/people/{personId}/photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID personId) {
		StaffFile file = staff.photo(currentUsers.require(), personId);
		return StoredFiles.inline(file.content(), file.contentType(), null);
	}

	@GetMapping("/staff/certificates/{certificateId}/scan")
	ResponseEntity<byte[]> scan(@PathVariable UUID certificateId) {
		StaffFile file = staff.certificateScan(currentUsers.require(), certificateId);
		return StoredFiles.inline(file.content(), file.contentType(), null);
	}

	@PutMapping("/staff/people/{personId}/classes/{classId}")
	ResponseEntity<Void> assign(@PathVariable UUID personId, @PathVariable UUID classId) {
		staff.assign(currentUsers.require(), personId, classId);
		return ResponseEntity.noContent().build();
	}

	/** Links the person to the institution account they sign in with ({@code accountId} null unlinks). */
	@PutMapping("/staff/people/{personId}/account")
	ResponseEntity<Void> linkAccount(@PathVariable UUID personId, @RequestBody AccountLink link) {
		staff.linkAccount(currentUsers.require(), personId, link.accountId());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Opens a sign-in account for the person (a caregiver or teacher signs in as a caregiver, a health
	 * worker as a health worker) with an initial password, linked to the person's employment.
	 */
	@PostMapping("/staff/people/{personId}/account")
	ResponseEntity<OpenedAccount> openAccount(@PathVariable UUID personId, @RequestBody NewAccount account) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new OpenedAccount(staff.openAccount(currentUsers.require(), personId, account.username(),
					account.password())));
	}

	@DeleteMapping("/staff/people/{personId}/classes/{classId}")
	ResponseEntity<Void> unassign(@PathVariable UUID personId, @PathVariable UUID classId) {
		staff.unassign(currentUsers.require(), personId, classId);
		return ResponseEntity.noContent().build();
	}

	/** Ratios per class and the health-worker rule of one institution (default: the user's own). */
	@GetMapping("/staff/staffing")
	InstitutionStaffing staffing(@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return staff.staffing(user, institutionId != null ? institutionId : user.scope().institutionId());
	}

	/** Staffing of every institution in the user's scope. */
	@GetMapping("/staff/staffing/all")
	List<InstitutionStaffing> staffingInScope() {
		return staff.staffingInScope(currentUsers.require());
	}

	/** Training hours recorded at an institution per year (default: the user's own). */
	@GetMapping("/staff/training-hours")
	java.util.Map<Integer, java.math.BigDecimal> trainingHours(@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return staff.trainingHoursByYear(user, institutionId != null ? institutionId : user.scope().institutionId());
	}

	/** Missing, expired and expiring certificates in the user's scope. */
	@GetMapping("/staff/certificate-gaps")
	List<CertificateGap> gaps() {
		return staff.certificateGaps(currentUsers.require());
	}

	@GetMapping("/bans")
	List<Ban> bans() {
		return bans.list(currentUsers.require());
	}

	@GetMapping("/bans/{id}")
	Ban ban(@PathVariable UUID id) {
		return bans.ban(currentUsers.require(), id);
	}

	/** Records a ban (city and district administrators), with direct managers banned alongside. */
	@PostMapping("/bans")
	ResponseEntity<CreatedBans> record(@RequestBody NewBan ban) {
		return ResponseEntity.status(201).body(new CreatedBans(bans.record(currentUsers.require(), ban)));
	}

	/** May this person be hired? Institutions get yes or no; officers also the bans. */
	@PostMapping("/bans/checks")
	BanCheck check(@RequestBody CheckRequest request) {
		return bans.check(currentUsers.require(), request.residentId());
	}
}
