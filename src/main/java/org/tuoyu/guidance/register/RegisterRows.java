package org.tuoyu.guidance.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.Sex;

/**
 * Storage of the register's children. Bulk lookups take many keys in one statement and new
 * children are written a few thousand per statement (one array per column), so that a city's
 * register imports in seconds.
 */
@Repository
class RegisterRows {

	/** Keys per lookup statement, and rows per batch. */
	static final int CHUNK = 5_000;

	private static final String SELECT = """
			SELECT id, name, sex, birth_date, resident_id_masked, division_code, community_code, guardian_name,
			  guardian_phone_masked, family_child_id, enrolled, source, origin, status, exit_reason, exited_on, registered_on
			FROM guidance_child
			""";

	/** Writes a chunk of children from one array per column; a child already in the register is skipped. */
	private static final String INSERT = """
			INSERT INTO guidance_child (id, name, sex, birth_date, resident_id, resident_id_index, resident_id_masked,
			  division_code, community_code, guardian_name, guardian_phone, guardian_phone_index, guardian_phone_masked,
			  family_child_id, enrolled, source, origin, import_id, registered_on, created_by, updated_by, created_at,
			  updated_at)
			SELECT r.id, r.name, r.sex, r.birth, r.rid, r.idx, r.masked, r.street, r.community, r.guardian, r.phone, r.pidx,
			  r.pmasked, r.child, r.enrolled, r.source, r.origin, r.import, ?, ?, ?, ?, ?
			FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS date[]), CAST(? AS bytea[]),
			  CAST(? AS bytea[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bytea[]),
			  CAST(? AS bytea[]), CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS boolean[]), CAST(? AS text[]),
			  CAST(? AS text[]), CAST(? AS uuid[]))
			  AS r(id, name, sex, birth, rid, idx, masked, street, community, guardian, phone, pidx, pmasked, child, enrolled,
			    source, origin, import)
			ON CONFLICT DO NOTHING
			""";

	private static final String FILTER = """
			 AND (CAST(:name AS text) IS NULL OR strpos(name, :name) > 0)
			 AND (CAST(:status AS text) IS NULL OR status = :status)
			""";

	private static final String COUNTS = """
			count(*) FILTER (WHERE status = 'ACTIVE') AS active,
			count(*) FILTER (WHERE status = 'ACTIVE' AND NOT enrolled) AS home_cared,
			count(*) FILTER (WHERE status = 'ACTIVE' AND enrolled) AS enrolled,
			count(*) FILTER (WHERE status <> 'ACTIVE') AS left_register
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final RegisterIdentities identities;

	RegisterRows(JdbcClient jdbc, JdbcTemplate batches, RegisterIdentities identities) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.identities = identities;
	}

	/** A child to write: what passed the rules, and how it links to the family module's child. */
	record NewRow(UUID id, Candidate child, UUID familyChildId, boolean enrolled, String source, UUID importId) {
	}

	/**
	 * Writes the children, a chunk per statement (one array per column), skipping any whose resident
	 * ID (or family child) is already in the register: returns how many were written.
	 */
	int insert(List<NewRow> rows, UUID by, LocalDate today, OffsetDateTime now) {
		int written = 0;
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<NewRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			written += batches.update(connection -> {
				PreparedStatement statement = connection.prepareStatement(INSERT);
				statement.setObject(1, today);
				statement.setObject(2, by, Types.OTHER);
				statement.setObject(3, by, Types.OTHER);
				statement.setObject(4, now);
				statement.setObject(5, now);
				Columns columns = new Columns(chunk.size());
				chunk.forEach(columns::add);
				columns.bind(connection, statement, 6);
				return statement;
			});
		}
		return written;
	}

	/** The new children of a chunk, one array per column, in the order of {@link #INSERT}. */
	private final class Columns {

		private static final List<String> TYPES = List.of("uuid", "text", "text", "date", "bytea", "bytea", "text", "text",
				"text", "text", "bytea", "bytea", "text", "uuid", "bool", "text", "text", "uuid");

		private final List<Object[]> values = new ArrayList<>();

		private int row;

		Columns(int size) {
			for (String type : TYPES) {
				values.add(type.equals("bytea") ? new byte[size][] : new Object[size]);
			}
		}

		void add(NewRow newRow) {
			Candidate child = newRow.child();
			PhoneNumber phone = child.guardianPhone();
			Object[] cells = { newRow.id(), child.name(), child.sex().name(), child.birthDate().toString(),
					identities.encrypt(child.residentId()), child.residentIdIndex(), child.residentId().masked(),
					child.street(), child.community().value(), child.guardianName(), identities.encrypt(phone),
					identities.index(phone), phone.masked(), newRow.familyChildId(), newRow.enrolled(), newRow.source(),
					child.origin() == null ? null : child.origin().name(), newRow.importId() };
			for (int c = 0; c < cells.length; c++) {
				values.get(c)[row] = cells[c];
			}
			row++;
		}

		void bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
			for (int c = 0; c < TYPES.size(); c++) {
				statement.setArray(first + c, connection.createArrayOf(TYPES.get(c), values.get(c)));
			}
		}
	}

	/** Which of the blind indexes (hexadecimal) are already in the register. */
	Set<String> registeredIndexes(Collection<String> hexIndexes) {
		Set<String> found = new HashSet<>();
		for (List<String> chunk : chunks(hexIndexes)) {
			found.addAll(jdbc.sql("""
					SELECT encode(resident_id_index, 'hex') FROM guidance_child
					WHERE resident_id_index = ANY (SELECT decode(h, 'hex') FROM unnest(CAST(:indexes AS text[])) h)
					""").param("indexes", chunk.toArray(String[]::new)).query(String.class).list());
		}
		return found;
	}

	/** Which of the family module's children already have an entry. */
	Set<UUID> linkedFamilyChildren(Collection<UUID> familyChildIds) {
		Set<UUID> found = new HashSet<>();
		for (List<UUID> chunk : chunks(familyChildIds)) {
			found.addAll(jdbc.sql("SELECT family_child_id FROM guidance_child WHERE family_child_id = ANY (:children)")
				.param("children", chunk.toArray(UUID[]::new))
				.query(UUID.class)
				.list());
		}
		return found;
	}

	Optional<RegisterEntry> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(RegisterRows::entry).optional();
	}

	/** The entries linked to the family module's children, youngest first. */
	List<RegisterEntry> ofFamilyChildren(Collection<UUID> familyChildIds) {
		return jdbc.sql(SELECT + " WHERE family_child_id = ANY (:children) ORDER BY birth_date DESC, name")
			.param("children", familyChildIds.toArray(UUID[]::new))
			.query(RegisterRows::entry)
			.list();
	}

	/** A page of the children of a division matching a name and a status, youngest first. */
	List<RegisterEntry> page(DivisionCode area, String name, RegisterStatus status, int limit, int offset) {
		return filtered(SELECT + " WHERE " + areaCondition(area) + FILTER + " ORDER BY birth_date DESC, name, id"
				+ " LIMIT :limit OFFSET :offset", area, name, status)
			.param("limit", limit)
			.param("offset", offset)
			.query(RegisterRows::entry)
			.list();
	}

	/** How many children of a division match a name and a status. */
	long matching(DivisionCode area, String name, RegisterStatus status) {
		return filtered("SELECT count(*) FROM guidance_child WHERE " + areaCondition(area) + FILTER, area, name, status)
			.query(Long.class)
			.single();
	}

	private JdbcClient.StatementSpec filtered(String sql, DivisionCode area, String name, RegisterStatus status) {
		return jdbc.sql(sql)
			.param("area", areaParameter(area))
			.param("name", name == null || name.isBlank() ? null : name.strip())
			.param("status", status == null ? null : status.name());
	}

	/** The figures of a division. */
	RegisterCounts counts(DivisionCode area) {
		return jdbc.sql("SELECT " + COUNTS + " FROM guidance_child WHERE " + areaCondition(area))
			.param("area", areaParameter(area))
			.query((rs, n) -> counts(rs))
			.single();
	}

	/** The figures of the divisions one level below a division, by code; none below a community. */
	Map<String, RegisterCounts> countsBelow(DivisionCode area) {
		String below = switch (area.level()) {
			case PROVINCE -> "left(division_code, 4)";
			case CITY -> "left(division_code, 6)";
			case COUNTY -> "division_code";
			case STREET -> "community_code";
			case COMMUNITY -> null;
		};
		Map<String, RegisterCounts> counts = new LinkedHashMap<>();
		if (below != null) {
			jdbc.sql("SELECT " + below + " AS code, " + COUNTS + " FROM guidance_child WHERE " + areaCondition(area)
					+ " AND " + below + " IS NOT NULL GROUP BY 1 ORDER BY 1")
				.param("area", areaParameter(area))
				.query((rs, n) -> counts.put(rs.getString("code"), counts(rs)))
				.list();
		}
		return counts;
	}

	/** Takes an active child out of the register; returns whether it was active. */
	boolean exit(UUID id, RegisterExit exit, UUID by, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE guidance_child SET status = :status, exit_reason = :reason, exited_on = :date, updated_by = :by,
				  updated_at = :now
				WHERE id = :id AND status = 'ACTIVE'
				""")
			.param("id", id)
			.param("status", exit.status().name())
			.param("reason", exit.reason())
			.param("date", exit.date())
			.param("by", by)
			.param("now", now)
			.update() == 1;
	}

	/** Puts a child an officer took out back in the register; returns whether it was out. */
	boolean reinstate(UUID id, UUID by, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE guidance_child SET status = 'ACTIVE', exit_reason = NULL, exited_on = NULL, updated_by = :by,
				  updated_at = :now
				WHERE id = :id AND status IN ('MOVED_AWAY', 'DECEASED', 'DUPLICATE')
				""")
			.param("id", id)
			.param("by", by)
			.param("now", now)
			.update() == 1;
	}

	/** Every active child who has reached {@code months} of age on {@code today} leaves on that birthday. */
	int ageOut(LocalDate today, int months, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE guidance_child SET status = 'AGED_OUT', exited_on = (birth_date + make_interval(months => :months))::date,
				  updated_at = :now
				WHERE status = 'ACTIVE' AND (birth_date + make_interval(months => :months))::date <= :today
				""")
			.param("today", today)
			.param("months", months)
			.param("now", now)
			.update();
	}

	/** A guardian's correction: the community (and so the street) and the guardian contact; no phone keeps it. */
	void correct(UUID id, DivisionCode community, String guardianName, PhoneNumber phone, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE guidance_child SET division_code = :street, community_code = :community, guardian_name = :guardian,
				  guardian_phone = coalesce(:phone, guardian_phone),
				  guardian_phone_index = coalesce(:phoneIndex, guardian_phone_index),
				  guardian_phone_masked = coalesce(:phoneMasked, guardian_phone_masked),
				  updated_by = :by, updated_at = :now
				WHERE id = :id
				""")
			.param("id", id)
			.param("street", community.value().substring(0, DivisionLevel.STREET.codeLength()))
			.param("community", community.value())
			.param("guardian", guardianName)
			.param("phone", phone == null ? null : identities.encrypt(phone))
			.param("phoneIndex", phone == null ? null : identities.index(phone))
			.param("phoneMasked", phone == null ? null : phone.masked())
			.param("by", by)
			.param("now", now)
			.update();
	}

	/** Links the unlinked entry with this resident ID index to the family module's child; returns its id. */
	Optional<UUID> link(byte[] residentIdIndex, UUID familyChildId, boolean enrolled, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE guidance_child SET family_child_id = :child, enrolled = :enrolled, updated_at = :now
				WHERE resident_id_index = :index AND family_child_id IS NULL
				  AND NOT EXISTS (SELECT 1 FROM guidance_child WHERE family_child_id = :child)
				RETURNING id
				""")
			.param("index", residentIdIndex)
			.param("child", familyChildId)
			.param("enrolled", enrolled)
			.param("now", now)
			.query(UUID.class)
			.optional();
	}

	/** Whether the family module's child holds a place now; returns the entry changed, if any. */
	Optional<UUID> enrolled(UUID familyChildId, boolean enrolled, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE guidance_child SET enrolled = :enrolled, updated_at = :now
				WHERE family_child_id = :child AND enrolled <> :enrolled
				RETURNING id
				""")
			.param("child", familyChildId)
			.param("enrolled", enrolled)
			.param("now", now)
			.query(UUID.class)
			.optional();
	}

	/** Rows of an area: a street or a wider division by its street codes, a community by its own code. */
	private static String areaCondition(DivisionCode area) {
		return area.level() == DivisionLevel.COMMUNITY ? "community_code = :area" : "division_code LIKE :area";
	}

	private static String areaParameter(DivisionCode area) {
		return area.level() == DivisionLevel.COMMUNITY ? area.value() : area.value() + "%";
	}

	private static <T> List<List<T>> chunks(Collection<T> keys) {
		List<T> all = new ArrayList<>(keys);
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

	private static RegisterCounts counts(ResultSet rs) throws SQLException {
		return new RegisterCounts(rs.getLong("active"), rs.getLong("home_cared"), rs.getLong("enrolled"),
				rs.getLong("left_register"));
	}

	private static RegisterEntry entry(ResultSet rs, int n) throws SQLException {
		String origin = rs.getString("origin");
		return new RegisterEntry(rs.getObject("id", UUID.class), rs.getString("name"), Sex.valueOf(rs.getString("sex")),
				rs.getObject("birth_date", LocalDate.class), rs.getString("resident_id_masked"),
				rs.getString("division_code"), rs.getString("community_code"), null, rs.getString("guardian_name"),
				rs.getString("guardian_phone_masked"), rs.getObject("family_child_id") != null, rs.getBoolean("enrolled"),
				rs.getString("source"), origin == null ? null : RegisterOrigin.valueOf(origin),
				RegisterStatus.valueOf(rs.getString("status")), rs.getString("exit_reason"),
				rs.getObject("exited_on", LocalDate.class), rs.getObject("registered_on", LocalDate.class));
	}
}
