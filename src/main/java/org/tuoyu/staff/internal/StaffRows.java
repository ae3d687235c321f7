package org.tuoyu.staff.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.shared.Sex;
import org.tuoyu.staff.Ban;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.ClassCaregiver;
import org.tuoyu.staff.Education;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.staff.Training;

/**
 * Storage of people, employments, certificates, class assignments and bans. ID and phone numbers
 * arrive here already encrypted; lookups use the blind index.
 */
@Repository
public class StaffRows {

	private static final RowMapper<Ban> BANS = (rs, n) -> new Ban(rs.getObject("id", UUID.class),
			rs.getString("name"), rs.getString("resident_id_masked"), rs.getString("reason"),
			rs.getString("decision_document"), rs.getObject("decided_on", LocalDate.class),
			rs.getObject("until", LocalDate.class), rs.getObject("principal_ban_id", UUID.class),
			rs.getString("division_code"), rs.getObject("created_at", OffsetDateTime.class));

	private static final RowMapper<EmploymentRow> EMPLOYMENTS = (rs, n) -> new EmploymentRow(
			rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
			rs.getObject("institution_id", UUID.class), StaffRole.valueOf(rs.getString("role")),
			rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class));

	private static final RowMapper<CertificateRow> CERTIFICATES = (rs, n) -> new CertificateRow(
			rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
			CertificateType.valueOf(rs.getString("type")), (Integer) rs.getObject("level"), rs.getString("number"),
			rs.getString("issuer"), rs.getObject("issued_on", LocalDate.class),
			rs.getObject("expires_on", LocalDate.class), rs.getBoolean("has_scan"));

	private static final String PERSON_COLUMNS = """
			SELECT id, name, resident_id_masked, phone_masked, birth_date, sex, education, experience_since, photo_type
			FROM staff_person""";

	private final JdbcClient jdbc;

	StaffRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises every hire and ban of one person (by blind index) until the transaction ends. */
	public void lockIdentity(byte[] residentIdIndex) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(encode(:index, 'hex'), 4))")
			.param("index", residentIdIndex)
			.query()
			.singleValue();
	}

	public List<Ban> bansOf(byte[] residentIdIndex) {
		return jdbc.sql("SELECT * FROM staff_ban WHERE resident_id_index = :index ORDER BY decided_on DESC")
			.param("index", residentIdIndex)
			.query(BANS)
			.list();
	}

	public List<Ban> bans() {
		return jdbc.sql("SELECT * FROM staff_ban ORDER BY created_at DESC").query(BANS).list();
	}

	public Optional<Ban> ban(UUID id) {
		return jdbc.sql("SELECT * FROM staff_ban WHERE id = :id").param("id", id).query(BANS).optional();
	}

	public void insertBan(UUID id, Identity identity, String name, String reason, String document, LocalDate decidedOn,
			LocalDate until, UUID principalBanId, String divisionCode, UUID recordedBy) {
		jdbc.sql("""
				INSERT INTO staff_ban (id, resident_id, resident_id_index, resident_id_masked, name, reason,
				  decision_document, decided_on, until, principal_ban_id, division_code, recorded_by)
				VALUES (:id, :cipher, :index, :masked, :name, :reason, :document, :decidedOn, :until, :principal,
				  :division, :recordedBy)
				""")
			.param("id", id)
			.param("cipher", identity.cipher())
			.param("index", identity.index())
			.param("masked", identity.masked())
			.param("name", name)
			.param("reason", reason)
			.param("document", document)
			.param("decidedOn", decidedOn)
			.param("until", until)
			.param("principal", principalBanId)
			.param("division", divisionCode)
			.param("recordedBy", recordedBy)
			.update();
	}

	public Optional<PersonRow> personByIndex(byte[] residentIdIndex) {
		return jdbc.sql(PERSON_COLUMNS + " WHERE resident_id_index = :index")
			.param("index", residentIdIndex)
			.query(StaffRows::person)
			.optional();
	}

	public Optional<PersonRow> person(UUID id) {
		return jdbc.sql(PERSON_COLUMNS + " WHERE id = :id").param("id", id).query(StaffRows::person).optional();
	}

	private static PersonRow person(ResultSet rs, int n) throws SQLException {
		String education = rs.getString("education");
		return new PersonRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("resident_id_masked"),
				rs.getString("phone_masked"), rs.getObject("birth_date", LocalDate.class),
				Sex.valueOf(rs.getString("sex")), education == null ? null : Education.valueOf(education),
				(Integer) rs.getObject("experience_since"), rs.getString("photo_type") != null);
	}

	public void updatePhoto(UUID personId, byte[] photo, String contentType) {
		jdbc.sql("UPDATE staff_person SET photo = :photo, photo_type = :type WHERE id = :id")
			.param("photo", photo)
			.param("type", contentType)
			.param("id", personId)
			.update();
	}

	/** The person's photo and its content type, if there is one. */
	public Optional<Scan> photo(UUID personId) {
		return jdbc.sql("SELECT id, photo, photo_type FROM staff_person WHERE id = :id AND photo IS NOT NULL")
			.param("id", personId)
			.query((rs, n) -> new Scan(rs.getObject("id", UUID.class), rs.getBytes("photo"), rs.getString("photo_type")))
			.optional();
	}

	public void updateQualifications(UUID personId, Education education, Integer experienceSince) {
		jdbc.sql("UPDATE staff_person SET education = :education, experience_since = :since WHERE id = :id")
			.param("education", education == null ? null : education.name())
			.param("since", experienceSince)
			.param("id", personId)
			.update();
	}

	public void insertTraining(UUID id, UUID personId, UUID institutionId, String course, String provider,
			BigDecimal hours, LocalDate takenOn) {
		jdbc.sql("""
				INSERT INTO staff_training (id, person_id, institution_id, course, provider, hours, taken_on)
				VALUES (:id, :person, :institution, :course, :provider, :hours, :takenOn)
				""")
			.param("id", id)
			.param("person", personId)
			.param("institution", institutionId)
			.param("course", course)
			.param("provider", provider)
			.param("hours", hours)
			.param("takenOn", takenOn)
			.update();
	}

	/** Training hours recorded at an institution per calendar year, newest year first. */
	public Map<Integer, BigDecimal> trainingHoursByYear(UUID institutionId) {
		Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT extract(year FROM taken_on)::int AS year, sum(hours) AS hours FROM staff_training
				WHERE institution_id = :institution GROUP BY 1 ORDER BY 1 DESC
				""").param("institution", institutionId)
			.query((RowCallbackHandler) rs -> byYear.put(rs.getInt("year"), rs.getBigDecimal("hours")));
		return byYear;
	}

	public boolean trainingRecorded(UUID personId, String course, LocalDate takenOn) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM staff_training WHERE person_id = :person AND course = :course
				  AND taken_on = :takenOn)
				""").param("person", personId).param("course", course).param("takenOn", takenOn)
			.query(Boolean.class)
			.single();
	}

	/** Trainings of the people, newest first. */
	public List<TrainingRow> trainingsOf(Collection<UUID> personIds) {
		return jdbc.sql("""
				SELECT id, person_id, course, provider, hours, taken_on FROM staff_training
				WHERE person_id = ANY (:people) ORDER BY taken_on DESC
				""").param("people", personIds.toArray(UUID[]::new))
			.query((rs, n) -> new TrainingRow(rs.getObject("person_id", UUID.class),
					new Training(rs.getObject("id", UUID.class), rs.getString("course"), rs.getString("provider"),
							rs.getBigDecimal("hours"), rs.getObject("taken_on", LocalDate.class))))
			.list();
	}

	public void insertPerson(UUID id, String name, Identity identity, LocalDate birthDate, Sex sex, byte[] phone,
			String phoneMasked) {
		jdbc.sql("""
				INSERT INTO staff_person (id, name, resident_id, resident_id_index, resident_id_masked, birth_date, sex,
				  phone, phone_masked)
				VALUES (:id, :name, :cipher, :index, :masked, :birthDate, :sex, :phone, :phoneMasked)
				""")
			.param("id", id)
			.param("name", name)
			.param("cipher", identity.cipher())
			.param("index", identity.index())
			.param("masked", identity.masked())
			.param("birthDate", birthDate)
			.param("sex", sex.name())
			.param("phone", phone)
			.param("phoneMasked", phoneMasked)
			.update();
	}

	public void updatePhone(UUID personId, byte[] phone, String phoneMasked) {
		jdbc.sql("UPDATE staff_person SET phone = :phone, phone_masked = :masked WHERE id = :id")
			.param("phone", phone)
			.param("masked", phoneMasked)
			.param("id", personId)
			.update();
	}

	public void insertEmployment(UUID id, UUID personId, UUID institutionId, StaffRole role, LocalDate startedOn) {
		jdbc.sql("""
				INSERT INTO staff_employment (id, person_id, institution_id, role, started_on)
				VALUES (:id, :person, :institution, :role, :started)
				""")
			.param("id", id)
			.param("person", personId)
			.param("institution", institutionId)
			.param("role", role.name())
			.param("started", startedOn)
			.update();
	}

	public boolean employedAt(UUID personId, UUID institutionId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM staff_employment WHERE person_id = :person AND institution_id = :institution
				  AND ended_on IS NULL)
				""").param("person", personId).param("institution", institutionId).query(Boolean.class).single();
	}

	public Optional<EmploymentRow> employment(UUID id) {
		return jdbc.sql("SELECT * FROM staff_employment WHERE id = :id").param("id", id).query(EMPLOYMENTS).optional();
	}

	public List<EmploymentRow> employmentsOf(UUID personId) {
		return jdbc.sql("SELECT * FROM staff_employment WHERE person_id = :person ORDER BY started_on DESC, created_at DESC")
			.param("person", personId)
			.query(EMPLOYMENTS)
			.list();
	}

	/** Open employments of whoever holds this ID number. */
	public List<EmploymentRow> openEmploymentsByIndex(byte[] residentIdIndex) {
		return jdbc.sql("""
				SELECT e.* FROM staff_employment e JOIN staff_person p ON p.id = e.person_id
				WHERE p.resident_id_index = :index AND e.ended_on IS NULL
				""").param("index", residentIdIndex).query(EMPLOYMENTS).list();
	}

	public int endEmployment(UUID id, LocalDate endedOn) {
		return jdbc.sql("UPDATE staff_employment SET ended_on = :ended WHERE id = :id AND ended_on IS NULL")
			.param("ended", endedOn)
			.param("id", id)
			.update();
	}

	/** The open employments of an institution with their people, by name. */
	public List<RosterRow> roster(UUID institutionId) {
		return rosters(List.of(institutionId));
	}

	/** The open employments of several institutions. */
	public List<RosterRow> rosters(Collection<UUID> institutionIds) {
		return jdbc.sql("""
				SELECT p.id AS person_id, e.id AS employment_id, p.name, p.resident_id_masked, p.phone_masked, e.role,
				  e.started_on, e.institution_id
				FROM staff_employment e JOIN staff_person p ON p.id = e.person_id
				WHERE e.institution_id = ANY (:institutions) AND e.ended_on IS NULL
				ORDER BY p.name, e.started_on
				""").param("institutions", institutionIds.toArray(UUID[]::new)).query(StaffRows::roster).list();
	}

	private static RosterRow roster(ResultSet rs, int n) throws SQLException {
		return new RosterRow(rs.getObject("person_id", UUID.class), rs.getObject("employment_id", UUID.class),
				rs.getObject("institution_id", UUID.class), rs.getString("name"), rs.getString("resident_id_masked"),
				rs.getString("phone_masked"), StaffRole.valueOf(rs.getString("role")),
				rs.getObject("started_on", LocalDate.class));
	}

	public List<CertificateRow> certificatesOf(Collection<UUID> personIds) {
		return jdbc.sql("""
				SELECT id, person_id, type, level, number, issuer, issued_on, expires_on, scan IS NOT NULL AS has_scan
				FROM staff_certificate WHERE person_id = ANY (:people) ORDER BY issued_on DESC
				""").param("people", personIds.toArray(UUID[]::new)).query(CERTIFICATES).list();
	}

	public void insertCertificate(UUID id, UUID personId, CertificateType type, Integer level, String number,
			String issuer, LocalDate issuedOn, LocalDate expiresOn, byte[] scan, String scanType) {
		jdbc.sql("""
				INSERT INTO staff_certificate (id, person_id, type, level, number, issuer, issued_on, expires_on, scan,
				  scan_type)
				VALUES (:id, :person, :type, :level, :number, :issuer, :issued, :expires, :scan, :scanType)
				""")
			.param("id", id)
			.param("person", personId)
			.param("type", type.name())
			.param("level", level)
			.param("number", number)
			.param("issuer", issuer)
			.param("issued", issuedOn)
			.param("expires", expiresOn)
			.param("scan", scan)
			.param("scanType", scanType)
			.update();
	}

	/**
	 * Marks the not yet announced certificates of current staff that expire between the two days
	 * as announced today and returns them; concurrent callers never get the same certificate.
	 */
	public List<CertificateRow> claimExpiring(LocalDate today, LocalDate until) {
		return jdbc.sql("""
				UPDATE staff_certificate c SET expiry_alerted_on = :today
				WHERE c.expiry_alerted_on IS NULL AND c.expires_on BETWEEN :today AND :until
				  AND EXISTS (SELECT 1 FROM staff_employment e WHERE e.person_id = c.person_id AND e.ended_on IS NULL)
				RETURNING c.id, c.person_id, c.type, c.level, c.number, c.issuer, c.issued_on, c.expires_on,
				  c.scan IS NOT NULL AS has_scan
				""").param("today", today).param("until", until).query(CERTIFICATES).list();
	}

	/** The person a certificate belongs to, and its scan if it has one. */
	public Optional<Scan> scan(UUID certificateId) {
		return jdbc.sql("SELECT person_id, scan, scan_type FROM staff_certificate WHERE id = :id")
			.param("id", certificateId)
			.query((rs, n) -> new Scan(rs.getObject("person_id", UUID.class), rs.getBytes("scan"),
					rs.getString("scan_type")))
			.optional();
	}

	public void assign(UUID personId, UUID classId, UUID institutionId) {
		jdbc.sql("""
				INSERT INTO staff_assignment (person_id, class_id, institution_id) VALUES (:person, :class, :institution)
				ON CONFLICT DO NOTHING
				""").param("person", personId).param("class", classId).param("institution", institutionId).update();
	}

	public void unassign(UUID personId, UUID classId) {
		jdbc.sql("DELETE FROM staff_assignment WHERE person_id = :person AND class_id = :class")
			.param("person", personId)
			.param("class", classId)
			.update();
	}

	/**
	 * Links the person's current employment at the institution to a sign-in account ({@code null}
	 * unlinks); returns whether there was such an employment.
	 */
	public boolean linkAccount(UUID personId, UUID institutionId, UUID accountId) {
		return jdbc.sql("""
				UPDATE staff_employment SET account_id = :account
				WHERE person_id = :person AND institution_id = :institution AND ended_on IS NULL
				""").param("account", accountId).param("person", personId).param("institution", institutionId).update() > 0;
	}

	/** The classes the person signing in with the account is assigned to during a current employment. */
	public List<UUID> classesOfAccount(UUID accountId) {
		return jdbc.sql("""
				SELECT a.class_id FROM staff_employment e
				JOIN staff_assignment a ON a.person_id = e.person_id AND a.institution_id = e.institution_id
				WHERE e.account_id = :account AND e.ended_on IS NULL
				""").param("account", accountId).query(UUID.class).list();
	}

	/** Removes a person's class assignments at an institution (when the employment ends). */
	public void unassignAll(UUID personId, UUID institutionId) {
		jdbc.sql("DELETE FROM staff_assignment WHERE person_id = :person AND institution_id = :institution")
			.param("person", personId)
			.param("institution", institutionId)
			.update();
	}

	/** Class assignments at an institution: (person, class) pairs. */
	public List<UUID[]> assignments(UUID institutionId) {
		return jdbc.sql("SELECT person_id, class_id FROM staff_assignment WHERE institution_id = :institution")
			.param("institution", institutionId)
			.query((rs, n) -> new UUID[] { rs.getObject("person_id", UUID.class), rs.getObject("class_id", UUID.class) })
			.list();
	}

	/** A stored ID or phone number: ciphertext, blind index and masked form. */
	public record Identity(byte[] cipher, byte[] index, String masked) {
	}

	public record PersonRow(UUID id, String name, String residentIdMasked, String phoneMasked, LocalDate birthDate,
			Sex sex, Education education, Integer experienceSince, boolean hasPhoto) {
	}

	public record TrainingRow(UUID personId, Training training) {
	}

	public record EmploymentRow(UUID id, UUID personId, UUID institutionId, StaffRole role, LocalDate startedOn,
			LocalDate endedOn) {
	}

	public record RosterRow(UUID personId, UUID employmentId, UUID institutionId, String name, String residentIdMasked,
			String phoneMasked, StaffRole role, LocalDate startedOn) {
	}

	public record CertificateRow(UUID id, UUID personId, CertificateType type, Integer level, String number,
			String issuer, LocalDate issuedOn, LocalDate expiresOn, boolean hasScan) {
	}

	public record Scan(UUID personId, byte[] content, String contentType) {
	}

	/** The caregivers assigned to the class whose employment is current: (person id, name), by name. */
	public List<ClassCaregiver> caregiversOf(UUID classId) {
		return jdbc.sql("""
				SELECT p.id, p.name FROM staff_assignment a JOIN staff_person p ON p.id = a.person_id
				WHERE a.class_id = :class AND EXISTS (SELECT 1 FROM staff_employment e WHERE e.person_id = p.id
				  AND e.institution_id = a.institution_id AND e.ended_on IS NULL)
				ORDER BY p.name
				""").param("class", classId)
			.query((rs, n) -> new ClassCaregiver(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}
}
