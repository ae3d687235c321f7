package org.tuoyu.enrollment.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.enrollment.NewVoucherProgramme;
import org.tuoyu.enrollment.VoucherKind;
import org.tuoyu.enrollment.VoucherStatus;

/** Storage of voucher programmes, their participating institutions and the vouchers issued. */
@Repository
public class VoucherRows {

	private static final RowMapper<ProgrammeRow> PROGRAMMES = (rs, n) -> new ProgrammeRow(rs.getObject("id", UUID.class),
			rs.getString("division_code"), rs.getString("name"), VoucherKind.valueOf(rs.getString("kind")),
			(Integer) rs.getObject("trial_days"), rs.getBigDecimal("monthly_amount"),
			rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
			rs.getInt("min_age_months"), rs.getInt("max_age_months"), strings(rs.getArray("streets")));

	private static final String VOUCHER_SELECT = """
			SELECT v.*, p.name AS programme_name, p.kind, c.name AS child_name FROM enrollment_voucher v
			JOIN enrollment_voucher_programme p ON p.id = v.programme_id JOIN family_child c ON c.id = v.child_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	VoucherRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Stores a checked programme. */
	public void insertProgramme(UUID id, NewVoucherProgramme p, UUID createdBy) {
		jdbc.sql("""
				INSERT INTO enrollment_voucher_programme (id, division_code, name, kind, trial_days, monthly_amount,
				  valid_from, valid_until, min_age_months, max_age_months, streets, created_by)
				VALUES (:id, :division, :name, :kind, :days, :amount, :from, :until, :min, :max, :streets, :by)
				""").param("id", id).param("division", p.divisionCode()).param("name", p.name()).param("kind", p.kind().name())
			.param("days", p.trialDays()).param("amount", p.monthlyAmount()).param("from", p.validFrom())
			.param("until", p.validUntil()).param("min", p.minAgeMonths()).param("max", p.maxAgeMonths())
			.param("streets", p.streets().toArray(String[]::new)).param("by", createdBy)
			.update();
	}

	/** Whether the district already runs a programme of this name. */
	public boolean programmeNameTaken(String division, String name) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enrollment_voucher_programme WHERE division_code = :division AND name = :name)")
			.param("division", division).param("name", name).query(Boolean.class).single();
	}

	/** The programme, whatever its district (the caller checks the scope). */
	public Optional<ProgrammeRow> programme(UUID id) {
		return jdbc.sql("SELECT * FROM enrollment_voucher_programme WHERE id = :id").param("id", id).query(PROGRAMMES)
			.optional();
	}

	/** Programmes of districts inside a division (a code prefix), newest first. */
	public List<ProgrammeRow> programmesWithin(String division) {
		return jdbc.sql("""
				SELECT * FROM enrollment_voucher_programme WHERE starts_with(division_code, :division)
				ORDER BY valid_until DESC, name
				""").param("division", division).query(PROGRAMMES).list();
	}

	/** The participating institutions of each programme, by programme. */
	public List<UUID[]> participants(Collection<UUID> programmeIds) {
		return jdbc.sql("""
				SELECT programme_id, institution_id FROM enrollment_voucher_institution WHERE programme_id = ANY (:ids)
				ORDER BY added_at, institution_id
				""").param("ids", programmeIds.toArray(UUID[]::new))
			.query((rs, n) -> new UUID[] { rs.getObject("programme_id", UUID.class), rs.getObject("institution_id", UUID.class) })
			.list();
	}

	/** Makes exactly these institutions the programme's participants. */
	public void replaceParticipants(UUID programmeId, Collection<UUID> institutionIds) {
		jdbc.sql("DELETE FROM enrollment_voucher_institution WHERE programme_id = :id AND NOT (institution_id = ANY (:keep))")
			.param("id", programmeId).param("keep", institutionIds.toArray(UUID[]::new)).update();
		for (UUID institution : institutionIds) {
			jdbc.sql("""
					INSERT INTO enrollment_voucher_institution (programme_id, institution_id) VALUES (:id, :institution)
					ON CONFLICT DO NOTHING
					""").param("id", programmeId).param("institution", institution).update();
		}
	}

	/** Whether the institution takes part in the programme. */
	public boolean participates(UUID programmeId, UUID institutionId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM enrollment_voucher_institution WHERE programme_id = :programme
				  AND institution_id = :institution)
				""").param("programme", programmeId).param("institution", institutionId).query(Boolean.class).single();
	}

	/**
	 * Children with a pending application or an active placement, born within the dates: with the
	 * home street of the application and the institution of the placement.
	 */
	public List<Candidate> candidates(LocalDate bornFrom, LocalDate bornUntil) {
		return jdbc.sql("""
				SELECT c.id, c.birth_date, a.home_street, p.institution_id FROM family_child c
				LEFT JOIN enrollment_application a ON a.child_id = c.id AND a.status = 'PENDING'
				LEFT JOIN enrollment_placement p ON p.child_id = c.id AND p.status = 'ACTIVE'
				WHERE (a.id IS NOT NULL OR p.id IS NOT NULL) AND c.birth_date BETWEEN :from AND :until
				ORDER BY c.id
				""").param("from", bornFrom).param("until", bornUntil)
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getObject("birth_date", LocalDate.class),
					rs.getString("home_street"), rs.getObject("institution_id", UUID.class)))
			.list();
	}

	/** The child's birth date, if the child exists. */
	public Optional<LocalDate> birthDate(UUID childId) {
		return jdbc.sql("SELECT birth_date FROM family_child WHERE id = :id").param("id", childId).query(LocalDate.class)
			.optional();
	}

	/** Whether the child already holds the programme's voucher (for the month). */
	public boolean holds(UUID programmeId, UUID childId, YearMonth month) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM enrollment_voucher WHERE programme_id = :programme AND child_id = :child
				  AND service_month IS NOT DISTINCT FROM CAST(:month AS date))
				""").param("programme", programmeId).param("child", childId).param("month", firstDay(month))
			.query(Boolean.class).single();
	}

	/** Issues a voucher unless the child holds one of the programme (for the month); returns whether it did. */
	public boolean insertVoucher(UUID id, UUID programmeId, UUID childId, String code, YearMonth month, BigDecimal amount,
			Integer trialDays, LocalDate expiresOn, UUID issuedBy) {
		return jdbc.sql("""
				INSERT INTO enrollment_voucher (id, programme_id, child_id, code, service_month, amount, trial_days,
				  expires_on, issued_by) VALUES (:id, :programme, :child, :code, :month, :amount, :days, :expires, :by)
				ON CONFLICT (programme_id, child_id, service_month) DO NOTHING
				""").param("id", id).param("programme", programmeId).param("child", childId).param("code", code)
			.param("month", firstDay(month)).param("amount", amount).param("days", trialDays).param("expires", expiresOn)
			.param("by", issuedBy)
			.update() == 1;
	}

	/** The voucher with the code, locked until the transaction ends so that redemptions take turns. */
	public Optional<VoucherRow> lockByCode(String code) {
		return jdbc.sql(VOUCHER_SELECT + " WHERE v.code = :code FOR UPDATE OF v").param("code", code).query((rs, n) -> voucher(rs, n))
			.optional();
	}

	/** The voucher, whoever holds it (the caller checks the scope). */
	public Optional<VoucherRow> voucher(UUID id) {
		return jdbc.sql(VOUCHER_SELECT + " WHERE v.id = :id").param("id", id).query((rs, n) -> voucher(rs, n)).optional();
	}

	/** Redeems an issued voucher; returns false if it was no longer issued. */
	public boolean redeem(UUID id, UUID institutionId, UUID by) {
		return jdbc.sql("""
				UPDATE enrollment_voucher SET status = 'REDEEMED', redeemed_at = :now, redeemed_institution_id = :institution,
				  redeemed_by = :by WHERE id = :id AND status = 'ISSUED'
				""").param("now", OffsetDateTime.now(clock)).param("id", id).param("institution", institutionId).param("by", by).update() == 1;
	}

	/** Marks one issued voucher expired (found past its day at a redemption). */
	public void markExpired(UUID id) {
		jdbc.sql("UPDATE enrollment_voucher SET status = 'EXPIRED' WHERE id = :id AND status = 'ISSUED'").param("id", id)
			.update();
	}

	/** Marks issued vouchers whose expiry day has passed as expired; returns how many. */
	public int expireBefore(LocalDate today) {
		return jdbc.sql("UPDATE enrollment_voucher SET status = 'EXPIRED' WHERE status = 'ISSUED' AND expires_on < :today")
			.param("today", today).update();
	}

	/** Whether the child holds an active placement at the institution that started by the month's end. */
	public boolean placedIn(UUID childId, UUID institutionId, YearMonth month) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM enrollment_placement WHERE child_id = :child AND institution_id = :institution
				  AND status = 'ACTIVE' AND start_date <= :end)
				""").param("child", childId).param("institution", institutionId).param("end", month.atEndOfMonth())
			.query(Boolean.class).single();
	}

	/** The vouchers of the children, newest first. */
	public List<VoucherRow> vouchersOfChildren(Collection<UUID> childIds) {
		return jdbc.sql(VOUCHER_SELECT + " WHERE v.child_id = ANY (:children) ORDER BY v.issued_at DESC, v.code")
			.param("children", childIds.toArray(UUID[]::new)).query((rs, n) -> voucher(rs, n)).list();
	}

	/** The vouchers of a programme, in issue order. */
	public List<VoucherRow> vouchersOf(UUID programmeId) {
		return jdbc.sql(VOUCHER_SELECT + " WHERE v.programme_id = :programme ORDER BY v.issued_at, v.id")
			.param("programme", programmeId).query((rs, n) -> voucher(rs, n)).list();
	}

	/** The vouchers redeemed at the institution, latest first. */
	public List<VoucherRow> redeemedAt(UUID institutionId) {
		return jdbc.sql(VOUCHER_SELECT + " WHERE v.redeemed_institution_id = :institution AND v.status = 'REDEEMED'"
				+ " ORDER BY v.redeemed_at DESC").param("institution", institutionId).query((rs, n) -> voucher(rs, n)).list();
	}

	/** Counts and sums of a programme's vouchers, and the trial conversion's numerator and denominator. */
	public Figures figures(UUID programmeId) {
		return jdbc.sql("""
				SELECT count(*) AS issued,
				  count(*) FILTER (WHERE v.status = 'REDEEMED') AS redeemed,
				  count(*) FILTER (WHERE v.status = 'EXPIRED') AS expired,
				  count(*) FILTER (WHERE v.status = 'REVOKED') AS revoked,
				  coalesce(sum(v.amount), 0) AS amount_issued,
				  coalesce(sum(v.amount) FILTER (WHERE v.status = 'REDEEMED'), 0) AS amount_redeemed,
				  count(*) FILTER (WHERE v.status = 'REDEEMED' AND v.service_month IS NULL) AS trial_redeemed,
				  count(*) FILTER (WHERE v.status = 'REDEEMED' AND v.service_month IS NULL AND EXISTS (
				    SELECT 1 FROM enrollment_placement p WHERE p.child_id = v.child_id
				      AND p.institution_id = v.redeemed_institution_id AND p.created_at > v.redeemed_at)) AS converted
				FROM enrollment_voucher v WHERE v.programme_id = :programme
				""").param("programme", programmeId)
			.query((rs, n) -> new Figures(rs.getLong("issued"), rs.getLong("redeemed"), rs.getLong("expired"),
					rs.getLong("revoked"), rs.getBigDecimal("amount_issued"), rs.getBigDecimal("amount_redeemed"),
					rs.getLong("converted"), rs.getLong("trial_redeemed")))
			.single();
	}

	/** Sum of redeemed consumption vouchers of a child at an institution for a service month. */
	public BigDecimal consumptionRedeemed(UUID childId, UUID institutionId, YearMonth month) {
		return jdbc.sql("""
				SELECT coalesce(sum(amount), 0) FROM enrollment_voucher WHERE child_id = :child
				  AND redeemed_institution_id = :institution AND service_month = :month AND status = 'REDEEMED'
				""").param("child", childId).param("institution", institutionId).param("month", month.atDay(1))
			.query(BigDecimal.class).single();
	}

	private static LocalDate firstDay(YearMonth month) {
		return month == null ? null : month.atDay(1);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	public record ProgrammeRow(UUID id, String divisionCode, String name, VoucherKind kind, Integer trialDays,
			BigDecimal monthlyAmount, LocalDate validFrom, LocalDate validUntil, int minAgeMonths, int maxAgeMonths,
			List<String> streets) {

		public VoucherEligibilityPolicy.Rule rule() {
			return new VoucherEligibilityPolicy.Rule(divisionCode, streets, minAgeMonths, maxAgeMonths);
		}
	}

	public record Candidate(UUID childId, LocalDate birthDate, String homeStreet, UUID placementInstitutionId) {
	}

	public record VoucherRow(UUID id, String code, UUID programmeId, String programmeName, VoucherKind kind, UUID childId,
			String childName, Integer trialDays, BigDecimal amount, YearMonth serviceMonth, LocalDate expiresOn,
			VoucherStatus status, OffsetDateTime redeemedAt, UUID redeemedInstitutionId) {
	}

	public record Figures(long issued, long redeemed, long expired, long revoked, BigDecimal amountIssued,
			BigDecimal amountRedeemed, long converted, long trialRedeemed) {
	}

	private VoucherRow voucher(ResultSet rs, int n) throws SQLException {
		LocalDate month = rs.getObject("service_month", LocalDate.class);
		OffsetDateTime redeemedAt = rs.getObject("redeemed_at", OffsetDateTime.class);
		return new VoucherRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("programme_id", UUID.class),
				rs.getString("programme_name"), VoucherKind.valueOf(rs.getString("kind")),
				rs.getObject("child_id", UUID.class), rs.getString("child_name"), (Integer) rs.getObject("trial_days"),
				rs.getBigDecimal("amount"), month == null ? null : YearMonth.from(month),
				rs.getObject("expires_on", LocalDate.class), VoucherStatus.valueOf(rs.getString("status")),
				redeemedAt == null ? null : redeemedAt.atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
				rs.getObject("redeemed_institution_id", UUID.class));
	}
}
