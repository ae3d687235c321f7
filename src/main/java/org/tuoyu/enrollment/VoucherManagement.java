package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.VoucherIssue.RejectedLine;
import org.tuoyu.enrollment.VoucherProgramme.VoucherInstitution;
import org.tuoyu.enrollment.internal.VoucherCodes;
import org.tuoyu.enrollment.internal.VoucherEligibilityPolicy;
import org.tuoyu.enrollment.internal.VoucherRedemptionPolicy;
import org.tuoyu.enrollment.internal.VoucherRows;
import org.tuoyu.enrollment.internal.VoucherRows.Candidate;
import org.tuoyu.enrollment.internal.VoucherRows.Figures;
import org.tuoyu.enrollment.internal.VoucherRows.ProgrammeRow;
import org.tuoyu.enrollment.internal.VoucherRows.VoucherRow;
import org.tuoyu.family.Child;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.InstitutionSummary;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.InvalidValueException;
import org.tuoyu.shared.ResidentId;

/**
 * Vouchers (券). A district runs programmes that issue trial vouchers (体验券: free days) or
 * consumption vouchers (消费券: an amount off one month's fee) to eligible children; the guardian
 * sees them; an institution taking part in the programme redeems each voucher once, by its code,
 * before it expires; officers see the programme's figures.
 * <p>
 * Who manages: city and district administrators whose scope covers the programme's district
 * create programmes, choose the participating institutions (only of that district) and issue;
 * every officer whose scope covers the district reads the programme and its report.
 * <p>
 * Who is eligible when issuing <em>by rule</em>: a child who, on the issue date,
 * <ol>
 * <li>is aged within the programme's range in whole months (both ends included), and</li>
 * <li>has a pending application whose home street lies in the programme's area, or an active
 * placement at an institution whose (main-site) street lies in it — the area being the listed
 * streets, or the whole district when none are listed, and</li>
 * <li>does not yet hold the programme's voucher (for consumption vouchers: for that month).</li>
 * </ol>
 * Issuing <em>by list</em> takes resident ID numbers instead of rule 2: each number must be valid,
 * belong to a registered child and the child must meet rule 1; every other line is reported with its
 * reason. Issuing twice never duplicates: a child who already holds the voucher is counted as skipped.
 */
@Service
public class VoucherManagement {

	private static final int MAX_NAME = 60;

	private static final int MAX_TRIAL_DAYS = 90;

	private static final int MAX_AGE_MONTHS = 72;

	private static final int MAX_LIST_LINES = 5000;

	private static final BigDecimal MAX_MONTHLY_AMOUNT = new BigDecimal("100000");

	private final VoucherRows rows;

	private final FamilyManagement family;

	private final InstitutionManagement institutions;

	private final KnownDivisions divisions;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	VoucherManagement(VoucherRows rows, FamilyManagement family, InstitutionManagement institutions,
			KnownDivisions divisions, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.rows = rows;
		this.family = family;
		this.institutions = institutions;
		this.divisions = divisions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a programme in a district of the administrator's scope; returns its id. */
	@Transactional
	public UUID createProgramme(CurrentUser user, NewVoucherProgramme programme) {
		requireManager(user);
		String name = programme.name() == null ? "" : programme.name().trim();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw new BusinessRuleException("name", "voucher.programme.name", MAX_NAME);
		}
		DivisionCode district = district(user, programme.divisionCode());
		if (programme.kind() == null) {
			throw new BusinessRuleException("kind", "voucher.field.required");
		}
		Integer days = null;
		BigDecimal amount = null;
		if (programme.kind() == VoucherKind.TRIAL) {
			days = programme.trialDays();
			if (days == null || days < 1 || days > MAX_TRIAL_DAYS) {
				throw new BusinessRuleException("trialDays", "voucher.programme.trialDays", MAX_TRIAL_DAYS);
			}
		}
		else {
			amount = programme.monthlyAmount();
			if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_MONTHLY_AMOUNT) > 0
					|| amount.stripTrailingZeros().scale() > 2) {
				throw new BusinessRuleException("monthlyAmount", "voucher.programme.amount", MAX_MONTHLY_AMOUNT);
			}
		}
		if (programme.validFrom() == null) {
			throw new BusinessRuleException("validFrom", "voucher.field.required");
		}
		if (programme.validUntil() == null || programme.validUntil().isBefore(programme.validFrom())) {
			throw new BusinessRuleException("validUntil", "voucher.programme.validity");
		}
		if (programme.validUntil().isBefore(LocalDate.now(clock))) {
			throw new BusinessRuleException("validUntil", "voucher.programme.ended");
		}
		Integer min = programme.minAgeMonths();
		Integer max = programme.maxAgeMonths();
		if (min == null || max == null || min < 0 || max > MAX_AGE_MONTHS || min > max) {
			throw new BusinessRuleException("maxAgeMonths", "voucher.programme.ages", MAX_AGE_MONTHS);
		}
		List<String> streets = new ArrayList<>(new LinkedHashSet<>(programme.streets()
			.stream()
			.filter(s -> s != null && !s.isBlank())
			.map(String::trim)
			.toList()));
		for (String street : streets) {
			boolean known = street.matches("\\d{9}") && street.startsWith(district.value())
					&& divisions.nameOf(DivisionCode.of(street)).isPresent();
			if (!known) {
				throw new BusinessRuleException("streets", "voucher.programme.street", street);
			}
		}
		if (rows.programmeNameTaken(district.value(), name)) {
			throw new BusinessRuleException("name", "voucher.programme.nameTaken", name);
		}
		UUID id = UuidV7.next();
		rows.insertProgramme(id, new NewVoucherProgramme(district.value(), name, programme.kind(), days, amount,
				programme.validFrom(), programme.validUntil(), min, max, streets), user.accountId());
		audit.record(AuditEntry.of("voucher.programme.create", "voucher-programme", id).in(district).withDetails(name));
		return id;
	}

	/** The programmes of the districts in the officer's scope, latest ending first; none for others. */
	@Transactional(readOnly = true)
	public List<VoucherProgramme> programmes(CurrentUser user) {
		if (!user.role().isOfficer() || user.scope().division() == null) {
			return List.of();
		}
		return views(rows.programmesWithin(user.scope().division().value()));
	}

	/** One programme in the officer's scope, or not found. */
	@Transactional(readOnly = true)
	public VoucherProgramme programme(CurrentUser user, UUID programmeId) {
		return views(List.of(readable(user, programmeId))).get(0);
	}

	/** The institutions of the programme's district that may take part (filed or verified), by name. */
	@Transactional(readOnly = true)
	public List<VoucherInstitution> districtInstitutions(CurrentUser user, UUID programmeId) {
		ProgrammeRow programme = readable(user, programmeId);
		DivisionCode district = DivisionCode.of(programme.divisionCode());
		return institutions.list(user, null, null)
			.stream()
			.map(InstitutionSummary::institution)
			.filter(i -> i.divisionCode().isWithin(district) && open(i))
			.sorted(Comparator.comparing(Institution::name))
			.map(i -> new VoucherInstitution(i.id(), i.name()))
			.toList();
	}

	/** Makes exactly these institutions (each filed or verified, in the programme's district) the participants. */
	@Transactional
	public void chooseInstitutions(CurrentUser user, UUID programmeId, Collection<UUID> institutionIds) {
		ProgrammeRow programme = managed(user, programmeId);
		DivisionCode district = DivisionCode.of(programme.divisionCode());
		Set<UUID> chosen = new LinkedHashSet<>(institutionIds.stream().filter(Objects::nonNull).toList());
		Map<UUID, Institution> found = institutions.institutionsByIds(chosen);
		for (UUID id : chosen) {
			Institution institution = found.get(id);
			if (institution == null || !institution.divisionCode().isWithin(district) || !open(institution)) {
				throw new BusinessRuleException("institutionIds", "voucher.programme.institutionOutside",
						institution == null ? id.toString() : institution.name());
			}
		}
		rows.replaceParticipants(programmeId, chosen);
		audit.record(AuditEntry.of("voucher.programme.institutions", "voucher-programme", programmeId)
			.in(district)
			.withDetails(chosen.size() + " institutions"));
	}

	/**
	 * Issues the programme's voucher to every child eligible by rule (see the class description);
	 * a consumption voucher covers {@code month}. Children already holding it are skipped.
	 */
	@Transactional
	public VoucherIssue issueByRule(CurrentUser user, UUID programmeId, YearMonth month) {
		ProgrammeRow programme = managed(user, programmeId);
		LocalDate today = LocalDate.now(clock);
		YearMonth covered = issuable(programme, month, today);
		List<Candidate> candidates = rows.candidates(today.minusMonths(programme.maxAgeMonths() + 2L), today);
		Map<UUID, Institution> placedAt = institutions.institutionsByIds(
				candidates.stream().map(Candidate::placementInstitutionId).filter(Objects::nonNull).toList());
		Set<UUID> eligible = new LinkedHashSet<>();
		for (Candidate candidate : candidates) {
			Institution institution = candidate.placementInstitutionId() == null ? null
					: placedAt.get(candidate.placementInstitutionId());
			if (VoucherEligibilityPolicy.eligibleByRule(programme.rule(), candidate.birthDate(), today,
					candidate.homeStreet(), institution == null ? null : institution.divisionCode().value())) {
				eligible.add(candidate.childId());
			}
		}
		int issued = issue(user, programme, covered, eligible);
		audit.record(AuditEntry.of("voucher.issue.rule", "voucher-programme", programmeId)
			.in(DivisionCode.of(programme.divisionCode()))
			.withDetails(issued + " issued, " + (eligible.size() - issued) + " skipped"));
		return new VoucherIssue(issued, eligible.size(), eligible.size() - issued, List.of(), true);
	}

	/**
	 * Issues the programme's voucher to the children listed by resident ID, one per line (a CSV line
	 * counts by its first field). Every line that is not a valid number, not a registered child, a
	 * repeat or a child outside the age range is reported with its line number and reason. With
	 * {@code confirm} false nothing is written (a check); with it true the valid lines are issued
	 * and the rejected ones reported. Children already holding the voucher are skipped.
	 */
	@Transactional
	public VoucherIssue issueByList(CurrentUser user, UUID programmeId, YearMonth month, String residentIds,
			boolean confirm) {
		ProgrammeRow programme = managed(user, programmeId);
		LocalDate today = LocalDate.now(clock);
		YearMonth covered = issuable(programme, month, today);
		String[] lines = residentIds == null ? new String[0] : residentIds.split("\\R");
		if (lines.length > MAX_LIST_LINES) {
			throw new BusinessRuleException("residentIds", "voucher.list.tooLong", MAX_LIST_LINES);
		}
		List<RejectedLine> rejected = new ArrayList<>();
		Set<UUID> eligible = new LinkedHashSet<>();
		Set<UUID> seen = new HashSet<>();
		int skipped = 0;
		int given = 0;
		for (int i = 0; i < lines.length; i++) {
			String value = lines[i].split("[,;\\t]", 2)[0].trim();
			if (value.isEmpty()) {
				continue;
			}
			given++;
			Optional<ResidentId> residentId = residentId(value);
			if (residentId.isEmpty()) {
				rejected.add(new RejectedLine(i + 1, value.length() <= 6 ? value : value.substring(0, 6) + "…",
						"voucher.list.invalid"));
				continue;
			}
			String masked = residentId.get().masked();
			Optional<UUID> child = family.childIdByResidentId(residentId.get());
			Optional<LocalDate> birthDate = child.flatMap(rows::birthDate);
			if (child.isEmpty() || birthDate.isEmpty()) {
				rejected.add(new RejectedLine(i + 1, masked, "voucher.list.unknown"));
			}
			else if (!seen.add(child.get())) {
				rejected.add(new RejectedLine(i + 1, masked, "voucher.list.repeated"));
			}
			else if (!VoucherEligibilityPolicy.ageFits(programme.rule(), birthDate.get(), today)) {
				rejected.add(new RejectedLine(i + 1, masked, "voucher.list.age"));
			}
			else if (rows.holds(programmeId, child.get(), covered)) {
				skipped++;
			}
			else {
				eligible.add(child.get());
			}
		}
		if (given == 0) {
			throw new BusinessRuleException("residentIds", "voucher.list.empty");
		}
		if (!confirm) {
			return new VoucherIssue(0, eligible.size(), skipped, rejected, false);
		}
		int issued = issue(user, programme, covered, eligible);
		audit.record(AuditEntry.of("voucher.issue.list", "voucher-programme", programmeId)
			.in(DivisionCode.of(programme.divisionCode()))
			.withDetails(issued + " issued, " + rejected.size() + " rejected"));
		return new VoucherIssue(issued, eligible.size(), skipped + eligible.size() - issued, rejected, true);
	}

	/** A programme's figures, with the trial-to-enrollment conversion (see {@link VoucherReport}). */
	@Transactional(readOnly = true)
	public VoucherReport report(CurrentUser user, UUID programmeId) {
		VoucherProgramme programme = programme(user, programmeId);
		Figures f = rows.figures(programmeId);
		return new VoucherReport(programme, f.issued(), f.redeemed(), f.expired(), f.revoked(), f.amountIssued(),
				f.amountRedeemed(), f.converted(), f.trialRedeemed(), VoucherReport.percent(f.converted(), f.trialRedeemed()));
	}

	/** The vouchers of the guardian's children, newest first, with where each can be redeemed. */
	@Transactional
	public List<Voucher> familyVouchers(CurrentUser user) {
		List<UUID> children = family.children(user).stream().map(Child::id).toList();
		return children.isEmpty() ? List.of() : vouchers(rows.vouchersOfChildren(children));
	}

	/** One voucher of the guardian's children, or not found. */
	@Transactional
	public Voucher familyVoucher(CurrentUser user, UUID voucherId) {
		VoucherRow voucher = rows.voucher(voucherId).orElseThrow(() -> new NotFoundException("voucher"));
		family.child(user, voucher.childId());
		return vouchers(List.of(voucher)).get(0);
	}

	/**
	 * Redeems a voucher by its code at the administrator's institution. Refused, each with its own
	 * reason, when the code is unknown, the voucher was redeemed, revoked or has expired (a voucher
	 * found past its expiry day is marked expired), the institution does not take part in the
	 * programme, or a consumption voucher's child holds no active placement there in its month.
	 * Redemptions of one code take turns on its row, so only one of them succeeds.
	 */
	@Transactional(noRollbackFor = VoucherRefusedException.class)
	public Voucher redeem(CurrentUser user, String code) {
		if (user.role() != Role.INSTITUTION_ADMIN) {
			throw new NotFoundException("voucher");
		}
		UUID institution = user.scope().institutionId();
		String typed = VoucherCodes.normalise(code);
		if (typed.isEmpty()) {
			throw new BusinessRuleException("code", "voucher.field.required");
		}
		VoucherRow voucher = rows.lockByCode(typed)
			.orElseThrow(() -> new BusinessRuleException("code", "voucher.code.unknown"));
		LocalDate today = LocalDate.now(clock);
		boolean placed = voucher.kind() == VoucherKind.CONSUMPTION
				&& rows.placedIn(voucher.childId(), institution, voucher.serviceMonth());
		VoucherRedemptionPolicy.Facts facts = new VoucherRedemptionPolicy.Facts(voucher.status(), voucher.kind(),
				voucher.expiresOn(), rows.participates(voucher.programmeId(), institution), placed);
		Optional<String> refusal = VoucherRedemptionPolicy.refusal(facts, today);
		if (refusal.isPresent()) {
			if (VoucherRedemptionPolicy.pastExpiry(voucher.status(), voucher.expiresOn(), today)) {
				rows.markExpired(voucher.id());
			}
			throw new VoucherRefusedException(refusal.get());
		}
		if (!rows.redeem(voucher.id(), institution, user.accountId())) {
			throw new VoucherRefusedException("voucher.redeem.already");
		}
		audit.record(AuditEntry.of("voucher.redeem", "child", voucher.childId()).withDetails(voucher.code()));
		events.publishEvent(new VoucherRedeemed(institution, voucher.childId(), voucher.kind() == VoucherKind.TRIAL));
		return vouchers(List.of(rows.voucher(voucher.id()).orElseThrow())).get(0);
	}

	/** The vouchers redeemed at the user's institution (institution staff), latest first. */
	@Transactional
	public List<Voucher> redeemedHere(CurrentUser user) {
		if (!user.role().isInstitutionStaff()) {
			throw new NotFoundException("institution");
		}
		UUID institution = user.scope().institutionId();
		audit.record(AuditEntry.of("voucher.redeemed.read", "institution", institution));
		return vouchers(rows.redeemedAt(institution));
	}

	/**
	 * The sum of consumption vouchers redeemed for a child at an institution for a service month,
	 * zero if none: what a monthly fee statement deducts. No scope check — the caller (e.g. the fee
	 * statement, which checks its own user's scope) is responsible.
	 */
	@Transactional(readOnly = true)
	public BigDecimal consumptionRedeemed(UUID childId, UUID institutionId, YearMonth month) {
		return rows.consumptionRedeemed(childId, institutionId, month);
	}

	/** Marks issued vouchers past their expiry day as expired (daily); returns how many. */
	@Scheduled(cron = "${tuoyu.enrollment.voucher-expiry-cron:0 10 0 * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	public int expireVouchers() {
		return rows.expireBefore(LocalDate.now(clock));
	}

	private int issue(CurrentUser user, ProgrammeRow programme, YearMonth month, Collection<UUID> children) {
		LocalDate expires = VoucherEligibilityPolicy.expiresOn(programme.validUntil(), month);
		BigDecimal amount = month == null ? null : programme.monthlyAmount();
		Integer days = month == null ? programme.trialDays() : null;
		int issued = 0;
		for (UUID child : children) {
			if (rows.insertVoucher(UuidV7.next(), programme.id(), child, VoucherCodes.next(), month, amount, days, expires,
					user.accountId())) {
				issued++;
			}
		}
		return issued;
	}

	/** The month a voucher of the programme issued today covers ({@code null} for trial vouchers), or why none. */
	private static YearMonth issuable(ProgrammeRow programme, YearMonth month, LocalDate today) {
		YearMonth covered = programme.kind() == VoucherKind.CONSUMPTION ? month : null;
		VoucherEligibilityPolicy.issueRefusal(programme.kind(), programme.validFrom(), programme.validUntil(), covered, today)
			.ifPresent(key -> {
				throw new BusinessRuleException("month", key);
			});
		return covered;
	}

	private static Optional<ResidentId> residentId(String value) {
		try {
			return Optional.of(ResidentId.of(value));
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
	}

	private DivisionCode district(CurrentUser user, String code) {
		DivisionCode district;
		try {
			district = DivisionCode.of(code);
		}
		catch (InvalidValueException ex) {
			throw new BusinessRuleException("divisionCode", "voucher.programme.district");
		}
		if (district.level() != DivisionLevel.COUNTY || !user.scope().covers(district)
				|| divisions.nameOf(district).isEmpty()) {
			throw new BusinessRuleException("divisionCode", "voucher.programme.district");
		}
		return district;
	}

	private static boolean open(Institution institution) {
		return institution.status() == InstitutionStatus.FILED || institution.status() == InstitutionStatus.VERIFIED;
	}

	private static void requireManager(CurrentUser user) {
		if (user.role() != Role.CITY_ADMIN && user.role() != Role.DISTRICT_ADMIN) {
			throw new BusinessRuleException(null, "voucher.programme.adminsOnly");
		}
	}

	private ProgrammeRow readable(CurrentUser user, UUID programmeId) {
		return rows.programme(programmeId)
			.filter(p -> user.role().isOfficer() && user.scope().covers(DivisionCode.of(p.divisionCode())))
			.orElseThrow(() -> new NotFoundException("programme"));
	}

	private ProgrammeRow managed(CurrentUser user, UUID programmeId) {
		ProgrammeRow programme = readable(user, programmeId);
		requireManager(user);
		return programme;
	}

	/** Programmes with their participants' names, the institutions read once. */
	private List<VoucherProgramme> views(List<ProgrammeRow> programmes) {
		Map<UUID, List<VoucherInstitution>> participants = participants(programmes.stream().map(ProgrammeRow::id).toList(),
				Set.of()).participants();
		return programmes.stream()
			.map(p -> new VoucherProgramme(p.id(), p.divisionCode(), p.name(), p.kind(), p.trialDays(), p.monthlyAmount(),
					p.validFrom(), p.validUntil(), p.minAgeMonths(), p.maxAgeMonths(), p.streets(),
					participants.getOrDefault(p.id(), List.of())))
			.toList();
	}

	private List<Voucher> vouchers(List<VoucherRow> vouchers) {
		Named named = participants(vouchers.stream().map(VoucherRow::programmeId).distinct().toList(),
				vouchers.stream().map(VoucherRow::redeemedInstitutionId).filter(Objects::nonNull).toList());
		return vouchers.stream()
			.map(v -> new Voucher(v.id(), v.code(), v.programmeId(), v.programmeName(), v.kind(), v.childId(),
					v.childName(), v.trialDays(), v.amount(), v.serviceMonth(), v.expiresOn(), v.status(), v.redeemedAt(),
					v.redeemedInstitutionId(),
					v.redeemedInstitutionId() == null ? null : named.names().get(v.redeemedInstitutionId()),
					named.participants().getOrDefault(v.programmeId(), List.of())))
			.toList();
	}

	private Named participants(List<UUID> programmeIds, Collection<UUID> moreInstitutions) {
		List<UUID[]> pairs = programmeIds.isEmpty() ? List.of() : rows.participants(programmeIds);
		Set<UUID> ids = new HashSet<>(moreInstitutions);
		pairs.forEach(pair -> ids.add(pair[1]));
		Map<UUID, String> names = new HashMap<>();
		institutions.institutionsByIds(ids).forEach((id, institution) -> names.put(id, institution.name()));
		Map<UUID, List<VoucherInstitution>> byProgramme = new HashMap<>();
		for (UUID[] pair : pairs) {
			byProgramme.computeIfAbsent(pair[0], k -> new ArrayList<>())
				.add(new VoucherInstitution(pair[1], names.getOrDefault(pair[1], "")));
		}
		return new Named(byProgramme, names);
	}

	private record Named(Map<UUID, List<VoucherInstitution>> participants, Map<UUID, String> names) {
	}

	/** The voucher could not be redeemed; a voucher found expired stays marked expired. */
	static final class VoucherRefusedException extends BusinessRuleException {

		VoucherRefusedException(String messageKey) {
			super("code", messageKey);
		}
	}
}
