package org.tuoyu.staff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DocumentFormat;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.staff.internal.BanAlerts;
import org.tuoyu.staff.internal.CertificatePolicy;
import org.tuoyu.staff.internal.HeadQualificationPolicy;
import org.tuoyu.staff.internal.Identities;
import org.tuoyu.staff.internal.Inputs;
import org.tuoyu.staff.internal.RatioPolicy;
import org.tuoyu.staff.internal.SignInRolePolicy;
import org.tuoyu.staff.internal.StaffRows;
import org.tuoyu.staff.internal.StaffRows.CertificateRow;
import org.tuoyu.staff.internal.StaffRows.EmploymentRow;
import org.tuoyu.staff.internal.StaffRows.PersonRow;
import org.tuoyu.staff.internal.StaffRows.RosterRow;
import org.tuoyu.staff.internal.StaffRows.TrainingRow;

/**
 * Staff of institutions. An institution's administrator hires (never a banned person), ends
 * employments, records certificates and assigns caregivers to classes; institution staff see
 * their own roster; officers see the staff, careers and staffing of institutions in their area.
 * Everything outside the user's scope is not found; every read of personal data is audited.
 */
@Service
public class StaffManagement {

	private static final long MAX_SCAN_BYTES = 10L * 1024 * 1024;

	private static final long MAX_PHOTO_BYTES = 2L * 1024 * 1024;

	private final StaffRows rows;

	private final InstitutionManagement institutions;

	private final Identities identities;

	private final BanAlerts alerts;

	private final CertificatePolicy certificatePolicy;

	private final RatioPolicy ratioPolicy;

	private final HeadQualificationPolicy headPolicy;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AccountManagement accounts;

	StaffManagement(StaffRows rows, InstitutionManagement institutions, Identities identities, BanAlerts alerts,
			StaffRules rules, AuditLog audit, Clock clock, ApplicationEventPublisher events, AccountManagement accounts) {
		this.events = events;
		this.accounts = accounts;
		this.rows = rows;
		this.institutions = institutions;
		this.identities = identities;
		this.alerts = alerts;
		this.certificatePolicy = new CertificatePolicy(rules);
		this.ratioPolicy = new RatioPolicy(rules, institutions.rules());
		this.headPolicy = new HeadQualificationPolicy(rules);
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Takes a person on at the administrator's institution; the same person (by ID number, the
	 * check character in either case) keeps one record across institutions. A banned person is
	 * refused and the district is alerted. Returns the person's id.
	 */
	@Transactional
	public UUID hire(CurrentUser user, NewHire hire) {
		Institution institution = administered(user);
		String name = Inputs.text("name", hire.name(), 1, 50);
		ResidentId residentId = Identities.residentId("residentId", hire.residentId(), LocalDate.now(clock));
		PhoneNumber phone = Identities.phone("phone", hire.phone());
		Inputs.given("role", hire.role());
		LocalDate startedOn = Inputs.given("startedOn", hire.startedOn());
		byte[] index = identities.index(residentId);
		rows.lockIdentity(index);
		if (rows.bansOf(index).stream().anyMatch(ban -> ban.activeOn(today()))) {
			alerts.hireRefused(institution, name, residentId.masked());
			throw new BusinessRuleException("residentId", "staff.hire.banned");
		}
		UUID personId;
		var existing = rows.personByIndex(index);
		if (existing.isPresent()) {
			PersonRow person = existing.get();
			if (!person.name().equals(name)) {
				throw new BusinessRuleException("name", "staff.hire.nameMismatch");
			}
			if (rows.employedAt(person.id(), institution.id())) {
				throw new BusinessRuleException("residentId", "staff.hire.alreadyEmployed");
			}
			personId = person.id();
			if (phone != null) {
				rows.updatePhone(personId, identities.encrypt(phone), phone.masked());
			}
		}
		else {
			personId = UuidV7.next();
			rows.insertPerson(personId, name, identities.protect(residentId), residentId.birthDate(), residentId.sex(),
					identities.encrypt(phone), phone == null ? null : phone.masked());
		}
		UUID employmentId = UuidV7.next();
		rows.insertEmployment(employmentId, personId, institution.id(), hire.role(), startedOn);
		audit.record(AuditEntry.of("staff.hire", "person", personId)
			.in(institution.divisionCode())
			.withDetails(hire.role().name() + " " + residentId.masked()));
		events.publishEvent(new StaffChanged(personId, institution.id()));
		return personId;
	}

	/** Ends an employment at the administrator's institution (today if no date is given). */
	@Transactional
	public void endEmployment(CurrentUser user, UUID employmentId, LocalDate endedOn) {
		Institution institution = administered(user);
		EmploymentRow employment = rows.employment(employmentId)
			.filter(e -> e.institutionId().equals(institution.id()) && e.endedOn() == null)
			.orElseThrow(() -> new NotFoundException("employment"));
		LocalDate end = endedOn == null ? today() : endedOn;
		if (end.isBefore(employment.startedOn())) {
			throw new BusinessRuleException("endedOn", "staff.employment.endBeforeStart");
		}
		rows.endEmployment(employmentId, end);
		rows.unassignAll(employment.personId(), institution.id());
		audit.record(AuditEntry.of("staff.employment.end", "person", employment.personId()).in(institution.divisionCode()));
		events.publishEvent(new StaffChanged(employment.personId(), institution.id()));
	}

	/** The current staff of an institution in the user's scope, with certificate status and classes. */
	@Transactional
	public List<StaffMember> roster(CurrentUser user, UUID institutionId) {
		InstitutionDetail detail = institutions.detail(user, institutionId);
		List<RosterRow> roster = rows.roster(institutionId);
		Map<UUID, List<Certificate>> certificates = certificates(roster.stream().map(RosterRow::personId).toList());
		Map<UUID, String> classNames = detail.classes().stream().collect(Collectors.toMap(CareClass::id, CareClass::name));
		Map<UUID, List<String>> classesOf = new HashMap<>();
		for (UUID[] pair : rows.assignments(institutionId)) {
			classesOf.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(classNames.get(pair[1]));
		}
		Map<UUID, BigDecimal> hoursThisYear = new HashMap<>();
		int year = today().getYear();
		for (TrainingRow t : trainings(roster.stream().map(RosterRow::personId).toList())) {
			if (t.training().takenOn().getYear() == year) {
				hoursThisYear.merge(t.personId(), t.training().hours(), BigDecimal::add);
			}
		}
		audit.record(AuditEntry.of("staff.roster.read", "institution", institutionId)
			.in(detail.institution().divisionCode()));
		return roster.stream()
			.map(r -> new StaffMember(r.personId(), r.employmentId(), r.name(), r.residentIdMasked(), r.phoneMasked(),
					r.role(), r.startedOn(),
					CertificatePolicy.worst(certificatePolicy.check(r.role(),
							certificates.getOrDefault(r.personId(), List.of()), today())),
					classesOf.getOrDefault(r.personId(), List.of()),
					hoursThisYear.getOrDefault(r.personId(), BigDecimal.ZERO)))
			.toList();
	}

	/**
	 * A person: the regulator sees the whole career, an institution its own employments only, and
	 * only while the person has worked there.
	 */
	@Transactional
	public PersonRecord person(CurrentUser user, UUID personId) {
		PersonRow person = rows.person(personId).orElseThrow(() -> new NotFoundException("person"));
		List<EmploymentRow> all = rows.employmentsOf(personId);
		Map<UUID, Institution> places = institutions
			.institutionsByIds(all.stream().map(EmploymentRow::institutionId).toList());
		List<EmploymentRow> visible;
		if (user.role().isOfficer()) {
			boolean inArea = all.stream()
				.anyMatch(e -> InstitutionManagement.visible(user, places.get(e.institutionId())));
			visible = inArea ? all : List.of();
		}
		else if (user.role().isInstitutionStaff()) {
			visible = all.stream().filter(e -> e.institutionId().equals(user.scope().institutionId())).toList();
		}
		else {
			visible = List.of();
		}
		if (visible.isEmpty()) {
			throw new NotFoundException("person");
		}
		List<Certificate> certificates = certificates(List.of(personId)).getOrDefault(personId, List.of());
		Set<StaffRole> roles = visible.stream()
			.filter(e -> e.endedOn() == null)
			.map(EmploymentRow::role)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		List<RequirementCheck> requirements = roles.stream()
			.flatMap(role -> certificatePolicy.check(role, certificates, today()).stream())
			.toList();
		List<UUID> classes = user.role().isInstitutionStaff() ? rows.assignments(user.scope().institutionId())
			.stream()
			.filter(pair -> pair[0].equals(personId))
			.map(pair -> pair[1])
			.toList() : List.of();
		List<Training> trainings = trainings(List.of(personId)).stream().map(TrainingRow::training).toList();
		Map<Integer, BigDecimal> hoursByYear = new TreeMap<>(Comparator.reverseOrder());
		trainings.forEach(t -> hoursByYear.merge(t.takenOn().getYear(), t.hours(), BigDecimal::add));
		List<QualificationCheck> qualifications = roles.contains(StaffRole.HEAD)
				? headPolicy.check(person.education(), person.experienceSince(),
						trainings.stream().map(Training::hours).reduce(BigDecimal.ZERO, BigDecimal::add), today())
				: List.of();
		audit.record(AuditEntry.of("staff.person.read", "person", personId));
		return new PersonRecord(person.id(), person.name(), person.residentIdMasked(), person.phoneMasked(),
				person.birthDate(), person.sex(), person.education(), person.experienceSince(), person.hasPhoto(),
				visible.stream()
					.map(e -> new Employment(e.id(), e.institutionId(), places.get(e.institutionId()).name(), e.role(),
							e.startedOn(), e.endedOn()))
					.toList(),
				certificates, requirements, qualifications, trainings, hoursByYear, classes);
	}

	/** Records a training of a person currently employed at the administrator's institution. */
	@Transactional
	public UUID addTraining(CurrentUser user, UUID personId, NewTraining training) {
		Institution institution = administered(user);
		if (!rows.employedAt(personId, institution.id())) {
			throw new NotFoundException("person");
		}
		String course = Inputs.text("course", training.course(), 1, 100);
		String provider = Inputs.text("provider", training.provider(), 1, 100);
		BigDecimal hours = Inputs.given("hours", training.hours());
		if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(1000)) > 0 || hours.stripTrailingZeros().scale() > 1) {
			throw new BusinessRuleException("hours", "staff.training.hours");
		}
		LocalDate takenOn = Inputs.notFuture("takenOn", training.takenOn(), today());
		if (rows.trainingRecorded(personId, course, takenOn)) {
			throw new BusinessRuleException("course", "staff.training.duplicate");
		}
		UUID id = UuidV7.next();
		rows.insertTraining(id, personId, institution.id(), course, provider, hours, takenOn);
		audit.record(AuditEntry.of("staff.training.add", "person", personId).in(institution.divisionCode()));
		return id;
	}

	/** Sets the photo (JPEG or PNG, up to 2 MB) of a person at the administrator's institution. */
	@Transactional
	public void setPhoto(CurrentUser user, UUID personId, byte[] photo) {
		Institution institution = administered(user);
		if (!rows.employedAt(personId, institution.id())) {
			throw new NotFoundException("person");
		}
		if (photo == null || photo.length == 0) {
			throw new BusinessRuleException("photo", "staff.field.required");
		}
		if (photo.length > MAX_PHOTO_BYTES) {
			throw new BusinessRuleException("photo", "staff.photo.tooLarge", MAX_PHOTO_BYTES / (1024 * 1024));
		}
		String type = DocumentFormat.detect(photo)
			.filter(t -> t.startsWith("image/"))
			.orElseThrow(() -> new BusinessRuleException("photo", "staff.photo.type"));
		rows.updatePhoto(personId, photo, type);
		audit.record(AuditEntry.of("staff.photo.update", "person", personId).in(institution.divisionCode()));
	}

	/** The photo of a person the user may see. */
	@Transactional
	public StaffFile photo(CurrentUser user, UUID personId) {
		person(user, personId);
		StaffRows.Scan photo = rows.photo(personId).orElseThrow(() -> new NotFoundException("photo"));
		return new StaffFile(photo.content(), photo.contentType());
	}

	/** Records the education and the first year in the field of a person at the administrator's institution. */
	@Transactional
	public void updateQualifications(CurrentUser user, UUID personId, Education education, Integer experienceSince) {
		Institution institution = administered(user);
		if (!rows.employedAt(personId, institution.id())) {
			throw new NotFoundException("person");
		}
		if (experienceSince != null && (experienceSince < 1950 || experienceSince > today().getYear())) {
			throw new BusinessRuleException("experienceSince", "staff.experienceSince.range", today().getYear());
		}
		rows.updateQualifications(personId, education, experienceSince);
		audit.record(AuditEntry.of("staff.qualifications.update", "person", personId).in(institution.divisionCode()));
	}

	/** Records a certificate of a person currently employed at the administrator's institution. */
	@Transactional
	public UUID addCertificate(CurrentUser user, UUID personId, NewCertificate certificate) {
		Institution institution = administered(user);
		if (!rows.employedAt(personId, institution.id())) {
			throw new NotFoundException("person");
		}
		CertificateType type = Inputs.given("type", certificate.type());
		if (!CertificatePolicy.levelAllowed(type, certificate.level())) {
			throw new BusinessRuleException("level", type.levelled() ? "staff.certificate.levelRequired"
					: "staff.certificate.levelNotApplicable");
		}
		String number = Inputs.text("number", certificate.number(), 1, 60);
		String issuer = Inputs.text("issuer", certificate.issuer(), 1, 100);
		LocalDate issuedOn = Inputs.notFuture("issuedOn", certificate.issuedOn(), today());
		if (certificate.expiresOn() != null && certificate.expiresOn().isBefore(issuedOn)) {
			throw new BusinessRuleException("expiresOn", "staff.certificate.expiresBeforeIssued");
		}
		String scanType = null;
		byte[] scan = certificate.scan();
		if (scan != null && scan.length > 0) {
			if (scan.length > MAX_SCAN_BYTES) {
				throw new BusinessRuleException("scan", "staff.scan.tooLarge", MAX_SCAN_BYTES / (1024 * 1024));
			}
			scanType = DocumentFormat.detect(scan)
				.orElseThrow(() -> new BusinessRuleException("scan", "staff.scan.type"));
		}
		else {
			scan = null;
		}
		UUID id = UuidV7.next();
		rows.insertCertificate(id, personId, type, certificate.level(), number, issuer, issuedOn,
				certificate.expiresOn(), scan, scanType);
		audit.record(AuditEntry.of("staff.certificate.add", "person", personId)
			.in(institution.divisionCode())
			.withDetails(type.name()));
		events.publishEvent(new StaffChanged(personId, institution.id()));
		return id;
	}

	/** The scanned copy of a certificate of a person the user may see. */
	@Transactional
	public StaffFile certificateScan(CurrentUser user, UUID certificateId) {
		StaffRows.Scan scan = rows.scan(certificateId)
			.filter(s -> s.content() != null)
			.orElseThrow(() -> new NotFoundException("certificate"));
		person(user, scan.personId());
		audit.record(AuditEntry.of("staff.certificate.scan.read", "certificate", certificateId));
		return new StaffFile(scan.content(), scan.contentType());
	}

	/** Assigns a caregiver of the administrator's institution to one of its classes. */
	@Transactional
	public void assign(CurrentUser user, UUID personId, UUID classId) {
		InstitutionDetail detail = administeredDetail(user);
		Institution institution = detail.institution();
		CareClass careClass = classOf(detail, classId);
		boolean caregiver = rows.roster(institution.id())
			.stream()
			.anyMatch(r -> r.personId().equals(personId) && r.role() == StaffRole.CAREGIVER);
		if (!caregiver) {
			throw new BusinessRuleException("personId", "staff.assign.notCaregiver");
		}
		rows.assign(personId, careClass.id(), institution.id());
		audit.record(AuditEntry.of("staff.assign", "person", personId)
			.in(institution.divisionCode())
			.withDetails(careClass.name()));
	}

	/**
	 * The caregivers currently employed and assigned to the class. No scope check: the caller
	 * checks the class belongs to the user's institution.
	 */
	@Transactional(readOnly = true)
	public List<ClassCaregiver> caregiversOf(UUID classId) {
		return rows.caregiversOf(classId);
	}

	/**
	 * Links a person employed at the administrator's institution to the institution's sign-in
	 * account they use, or unlinks them with {@code null}: what follows a class assignment (the
	 * conversations of the class's children) reaches that account. An account serves one person.
	 *
	 * @throws BusinessRuleException on field {@code accountId} for an account that is not an enabled
	 *         account of the institution
	 */
	@Transactional
	public void linkAccount(CurrentUser user, UUID personId, UUID accountId) {
		Institution institution = administered(user);
		EmploymentRow employment = openEmployment(personId, institution.id());
		if (accountId != null && !accounts.institutionAccounts(institution.id()).contains(accountId)) {
			throw new BusinessRuleException("accountId", "staff.account.unknown");
		}
		rows.linkAccount(employment.id(), accountId);
		audit.record(AuditEntry.of(accountId == null ? "staff.account.unlink" : "staff.account.link", "person", personId)
			.in(institution.divisionCode()));
	}

	/**
	 * Opens a sign-in account for a person employed at the administrator's institution and links it
	 * to the employment: a caregiver's or teacher's account signs in as a caregiver, a health
	 * worker's as a health worker ({@link SignInRolePolicy}); the person's name is the account's
	 * name, the password an initial one the administrator hands over.
	 *
	 * @return the new account's id
	 * @throws BusinessRuleException on field {@code username} (taken, malformed), {@code password}
	 *         (too weak), or without a field when the person's work needs no account or the person
	 *         already has one
	 */
	@Transactional
	public UUID openAccount(CurrentUser user, UUID personId, String username, String password) {
		Institution institution = administered(user);
		EmploymentRow employment = openEmployment(personId, institution.id());
		if (rows.accountOf(employment.id()).isPresent()) {
			throw new BusinessRuleException(null, "staff.account.exists");
		}
		Role role = SignInRolePolicy.roleFor(employment.role())
			.orElseThrow(() -> new BusinessRuleException(null, "staff.account.notForRole"));
		String name = rows.person(personId).orElseThrow(() -> new NotFoundException("person")).name();
		UUID accountId;
		try {
			accountId = accounts.createInstitutionAccount(user, username, name, role, institution.id(),
					institution.divisionCode(), password);
		}
		catch (BusinessRuleException ex) {
			String field = "adminUsername".equals(ex.field()) ? "username"
					: "adminPassword".equals(ex.field()) ? "password" : ex.field();
			throw new BusinessRuleException(field, ex.messageKey(), ex.arguments());
		}
		rows.linkAccount(employment.id(), accountId);
		audit.record(AuditEntry.of("staff.account.open", "person", personId).in(institution.divisionCode()));
		return accountId;
	}

	/** The sign-in account linked to the person's employment at the administrator's institution, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> linkedAccount(CurrentUser user, UUID personId) {
		return rows.accountOf(openEmployment(personId, administered(user).id()).id());
	}

	/**
	 * The sign-in accounts of the caregivers assigned to the class now. No scope check: the caller
	 * checks the class is one it may act for.
	 */
	@Transactional(readOnly = true)
	public List<UUID> caregiverAccountsOf(UUID classId) {
		return rows.caregiverAccountsOf(classId);
	}

	/**
	 * The classes the staff member signed in with the account is assigned to now (none while the
	 * account is linked to nobody). No scope check: for the account's own requests.
	 */
	@Transactional(readOnly = true)
	public List<UUID> classesOfAccount(UUID accountId) {
		return rows.classesOfAccount(accountId);
	}

	/** Takes a caregiver off a class of the administrator's institution. */
	@Transactional
	public void unassign(CurrentUser user, UUID personId, UUID classId) {
		InstitutionDetail detail = administeredDetail(user);
		Institution institution = detail.institution();
		CareClass careClass = classOf(detail, classId);
		rows.unassign(personId, careClass.id());
		audit.record(AuditEntry.of("staff.unassign", "person", personId)
			.in(institution.divisionCode())
			.withDetails(careClass.name()));
	}

	/** Training hours recorded at an institution in the user's scope, per calendar year, newest first. */
	@Transactional(readOnly = true)
	public Map<Integer, BigDecimal> trainingHoursByYear(CurrentUser user, UUID institutionId) {
		institutions.detail(user, institutionId);
		return rows.trainingHoursByYear(institutionId);
	}

	/** Staffing of an institution in the user's scope: each class's ratio and the health-worker rule. */
	@Transactional(readOnly = true)
	public InstitutionStaffing staffing(CurrentUser user, UUID institutionId) {
		return staffingOf(institutions.detail(user, institutionId));
	}

	/** Staffing of every institution in the officer's area (the institution's own for its staff). */
	@Transactional(readOnly = true)
	public List<InstitutionStaffing> staffingInScope(CurrentUser user) {
		return institutions.list(user, null, null)
			.stream()
			.map(s -> staffingOf(institutions.detail(user, s.institution().id())))
			.toList();
	}

	/** Staff in the user's scope whose required certificates are missing, expired or expiring. */
	@Transactional
	public List<CertificateGap> certificateGaps(CurrentUser user) {
		Map<UUID, String> names = new HashMap<>();
		institutions.list(user, null, null).forEach(s -> names.put(s.institution().id(), s.institution().name()));
		if (names.isEmpty()) {
			return List.of();
		}
		List<RosterRow> roster = rows.rosters(names.keySet());
		Map<UUID, List<Certificate>> certificates = certificates(roster.stream().map(RosterRow::personId).toList());
		List<CertificateGap> gaps = new ArrayList<>();
		for (RosterRow r : roster) {
			for (RequirementCheck check : certificatePolicy.check(r.role(),
					certificates.getOrDefault(r.personId(), List.of()), today())) {
				if (check.status() != CertificateStatus.VALID) {
					gaps.add(new CertificateGap(r.institutionId(), names.get(r.institutionId()), r.personId(), r.name(),
							r.role(), check.acceptable(), check.status(), check.expiresOn()));
				}
			}
		}
		audit.record(AuditEntry.of("staff.certificateGaps.read", "scope", user.accountId()));
		return gaps;
	}

	private InstitutionStaffing staffingOf(InstitutionDetail detail) {
		UUID institutionId = detail.institution().id();
		List<RosterRow> roster = rows.roster(institutionId);
		Map<UUID, String> caregivers = roster.stream()
			.filter(r -> r.role() == StaffRole.CAREGIVER)
			.collect(Collectors.toMap(RosterRow::personId, RosterRow::name, (a, b) -> a));
		Map<UUID, List<String>> byClass = new HashMap<>();
		for (UUID[] pair : rows.assignments(institutionId)) {
			if (caregivers.containsKey(pair[0])) {
				byClass.computeIfAbsent(pair[1], k -> new ArrayList<>()).add(caregivers.get(pair[0]));
			}
		}
		int healthWorkers = (int) roster.stream().filter(r -> r.role() == StaffRole.HEALTH_WORKER).count();
		return new InstitutionStaffing(institutionId, detail.institution().name(), detail.places(), healthWorkers,
				ratioPolicy.healthWorkersNeeded(detail.places()),
				detail.classes()
					.stream()
					.map(c -> ratioPolicy.classStaffing(c, byClass.getOrDefault(c.id(), List.of())))
					.toList());
	}

	private List<TrainingRow> trainings(List<UUID> personIds) {
		return personIds.isEmpty() ? List.of() : rows.trainingsOf(personIds);
	}

	private Map<UUID, List<Certificate>> certificates(List<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<Certificate>> byPerson = new HashMap<>();
		for (CertificateRow c : rows.certificatesOf(personIds)) {
			byPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>())
				.add(new Certificate(c.id(), c.type(), c.level(), c.number(), c.issuer(), c.issuedOn(), c.expiresOn(),
						c.hasScan(), certificatePolicy.statusOf(c.expiresOn(), today())));
		}
		return byPerson;
	}

	private static CareClass classOf(InstitutionDetail detail, UUID classId) {
		return detail.classes()
			.stream()
			.filter(c -> c.id().equals(classId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("class"));
	}

	private EmploymentRow openEmployment(UUID personId, UUID institutionId) {
		return rows.employmentsOf(personId)
			.stream()
			.filter(e -> e.institutionId().equals(institutionId) && e.endedOn() == null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("person"));
	}

	/** The institution of an institution administrator; anyone else finds nothing to change. */
	private Institution administered(CurrentUser user) {
		return administeredDetail(user).institution();
	}

	private InstitutionDetail administeredDetail(CurrentUser user) {
		if (user.role() != Role.INSTITUTION_ADMIN) {
			throw new NotFoundException("institution");
		}
		return institutions.detail(user, user.scope().institutionId());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
