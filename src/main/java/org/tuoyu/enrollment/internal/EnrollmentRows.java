package org.tuoyu.enrollment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.enrollment.SupportNeed;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.ServiceForm;

/** Storage of applications and their ranked choices. */
@Repository
public class EnrollmentRows {

	private final JdbcClient jdbc;

	private final Clock clock;

	EnrollmentRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public void insertApplication(UUID id, UUID childId, UUID guardianId, LocalDate start, ServiceForm form,
			ClassType classType, String homeStreet, Set<SupportNeed> support) {
		jdbc.sql("""
				INSERT INTO enrollment_application (id, child_id, guardian_id, desired_start, service_form, class_type,
				  home_street, support_needs) VALUES (:id, :child, :guardian, :start, :form, :type, :street, :support)
				""")
			.param("id", id).param("child", childId).param("guardian", guardianId).param("start", start)
			.param("form", form.name()).param("type", classType.name()).param("street", homeStreet)
			.param("support", support.stream().map(Enum::name).sorted().toArray(String[]::new))
			.update();
	}

	public void insertChoice(UUID applicationId, int rank, UUID institutionId, boolean employerStaff) {
		jdbc.sql("""
				INSERT INTO enrollment_choice (application_id, rank, institution_id, employer_staff)
				VALUES (:application, :rank, :institution, :staff)
				""").param("application", applicationId).param("rank", rank).param("institution", institutionId)
			.param("staff", employerStaff).update();
	}

	public boolean pendingFor(UUID childId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enrollment_application WHERE child_id = :child AND status = 'PENDING')")
			.param("child", childId).query(Boolean.class).single();
	}

	/** The applications of the children, newest first. */
	public List<ApplicationRow> applicationsOf(List<UUID> childIds) {
		return jdbc.sql(APPLICATION_SELECT + " WHERE a.child_id = ANY (:children) ORDER BY a.created_at DESC")
			.param("children", childIds.toArray(UUID[]::new)).query(EnrollmentRows::application).list();
	}

	public Optional<ApplicationRow> application(UUID id) {
		return jdbc.sql(APPLICATION_SELECT + " WHERE a.id = :id").param("id", id).query(EnrollmentRows::application)
			.optional();
	}

	public List<ChoiceRow> choices(UUID applicationId) {
		return jdbc.sql("SELECT * FROM enrollment_choice WHERE application_id = :id ORDER BY rank")
			.param("id", applicationId)
			.query((rs, n) -> new ChoiceRow(rs.getInt("rank"), rs.getObject("institution_id", UUID.class),
					rs.getBoolean("employer_staff")))
			.list();
	}

	/**
	 * Pending applications choosing the institution for a class type, with the facts the priority
	 * rules use (only those: a line may hold thousands).
	 */
	public List<LineRow> line(UUID institutionId, ClassType classType) {
		return jdbc.sql("""
				SELECT a.id, a.child_id, a.desired_start, a.created_at, a.home_street,
				  cardinality(a.support_needs) > 0 AS supported, c.name, c.birth_date, ch.rank, ch.employer_staff
				FROM enrollment_application a
				JOIN enrollment_choice ch ON ch.application_id = a.id
				JOIN family_child c ON c.id = a.child_id
				WHERE ch.institution_id = :institution AND a.class_type = :type AND a.status = 'PENDING'
				""").param("institution", institutionId).param("type", classType.name())
			.query((rs, n) -> new LineRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(7),
					rs.getObject(8, LocalDate.class), rs.getObject(3, LocalDate.class),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getBoolean(6), rs.getInt(9), rs.getBoolean(10)))
			.list();
	}

	/** The children holding an active placement at the institution. */
	public Set<UUID> placedChildren(UUID institutionId) {
		return Set.copyOf(jdbc.sql("SELECT child_id FROM enrollment_placement WHERE institution_id = :institution AND status = 'ACTIVE'")
			.param("institution", institutionId).query(UUID.class).list());
	}

	public LocalDate birthDate(UUID childId) {
		return jdbc.sql("SELECT birth_date FROM family_child WHERE id = :id").param("id", childId)
			.query(LocalDate.class).single();
	}

	public int withdraw(UUID id) {
		return jdbc.sql("""
				UPDATE enrollment_application SET status = 'WITHDRAWN', withdrawn_at = :now WHERE id = :id AND status = 'PENDING'
				""").param("now", OffsetDateTime.now(clock)).param("id", id).update();
	}

	private static final String APPLICATION_SELECT = """
			SELECT a.* FROM enrollment_application a
			""";

	private static ApplicationRow application(ResultSet rs, int n) throws SQLException {
		Array support = rs.getArray("support_needs");
		Set<SupportNeed> needs = support == null ? Set.of()
				: Arrays.stream((String[]) support.getArray()).map(SupportNeed::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(SupportNeed.class)));
		return new ApplicationRow(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getObject("guardian_id", UUID.class), rs.getObject("desired_start", LocalDate.class),
				ServiceForm.valueOf(rs.getString("service_form")), ClassType.valueOf(rs.getString("class_type")),
				rs.getString("home_street"), needs, rs.getString("status"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

	public record ApplicationRow(UUID id, UUID childId, UUID guardianId, LocalDate desiredStart, ServiceForm serviceForm,
			ClassType classType, String homeStreet, Set<SupportNeed> supportNeeds, String status,
			OffsetDateTime createdAt) {

		public Instant appliedAt() {
			return createdAt.toInstant();
		}
	}

	public record ChoiceRow(int rank, UUID institutionId, boolean employerStaff) {
	}

	/** An application in a line, with what the priority rules and the line's views need. */
	public record LineRow(UUID applicationId, UUID childId, String childName, LocalDate birthDate, LocalDate desiredStart,
			Instant appliedAt, String homeStreet, boolean supportNeeded, int rank, boolean employerStaff) {
	}
}
