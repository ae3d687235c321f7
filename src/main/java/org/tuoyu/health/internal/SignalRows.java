package org.tuoyu.health.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.OutbreakCase;
import org.tuoyu.health.OutbreakSignal;
import org.tuoyu.health.Symptom;

/** Storage of outbreak signals and their cases. */
@Repository
public class SignalRows {

	private static final String SELECT = """
			SELECT s.*, i.name AS institution_name, k.name AS class_name, a.display_name AS handled_by_name
			FROM health_outbreak_signal s JOIN institution_institution i ON i.id = s.institution_id
			JOIN institution_class k ON k.id = s.class_id LEFT JOIN platform_account a ON a.id = s.handled_by
			""";

	private static final String ORDER = " ORDER BY s.status = 'OPEN' DESC, s.opened_at DESC";

	private final JdbcClient jdbc;

	private final Clock clock;

	SignalRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Opens a signal for the class and symptom unless one is open; the new signal's id, or empty
	 * when one was already open.
	 */
	public Optional<UUID> open(UUID id, UUID institutionId, UUID classId, String divisionCode, Symptom symptom,
			LocalDate day, int sameDay, int window) {
		return jdbc.sql("""
				INSERT INTO health_outbreak_signal (id, institution_id, class_id, division_code, symptom, opened_on,
				  same_day_count, window_count)
				VALUES (:id, :institution, :class, :division, :symptom, :day, :sameDay, :window)
				ON CONFLICT (class_id, symptom) WHERE status = 'OPEN' DO NOTHING
				RETURNING id
				""").param("id", id).param("institution", institutionId).param("class", classId)
			.param("division", divisionCode).param("symptom", symptom.name()).param("day", day)
			.param("sameDay", sameDay).param("window", window)
			.query(UUID.class)
			.optional();
	}

	/** The open signal of the class and symptom, if any. */
	public Optional<UUID> openSignal(UUID classId, Symptom symptom) {
		return jdbc.sql("SELECT id FROM health_outbreak_signal WHERE class_id = :class AND symptom = :symptom AND status = 'OPEN'")
			.param("class", classId).param("symptom", symptom.name()).query(UUID.class).optional();
	}

	/** The division of the signal's institution. */
	public org.tuoyu.shared.DivisionCode divisionOf(UUID id) {
		return new org.tuoyu.shared.DivisionCode(jdbc.sql("SELECT division_code FROM health_outbreak_signal WHERE id = :id")
			.param("id", id).query(String.class).single());
	}

	/** Raises an open signal's counts to the latest ones (never lowers them). */
	public void updateCounts(UUID id, int sameDay, int window) {
		jdbc.sql("""
				UPDATE health_outbreak_signal SET same_day_count = greatest(same_day_count, :sameDay),
				  window_count = greatest(window_count, :window) WHERE id = :id
				""").param("sameDay", sameDay).param("window", window).param("id", id).update();
	}

	public void addCases(UUID signalId, List<OutbreakPolicy.Case> cases) {
		for (OutbreakPolicy.Case c : cases) {
			jdbc.sql("""
					INSERT INTO health_outbreak_case (signal_id, child_id, day) VALUES (:signal, :child, :day)
					ON CONFLICT DO NOTHING
					""").param("signal", signalId).param("child", c.childId()).param("day", c.day()).update();
		}
	}

	/** Closes an open signal with how it was handled; whether it was open. */
	public boolean close(UUID id, String note, UUID by) {
		return jdbc.sql("""
				UPDATE health_outbreak_signal SET status = 'CLOSED', handling_note = :note, handled_by = :by,
				  handled_at = :now WHERE id = :id AND status = 'OPEN'
				""").param("now", OffsetDateTime.now(clock)).param("note", note).param("by", by).param("id", id).update() == 1;
	}

	public Optional<OutbreakSignal> signal(UUID id) {
		return withCases(jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(this::row).list()).stream()
			.findFirst();
	}

	/** Signals of institutions in a division subtree, open first, newest first. */
	public List<OutbreakSignal> inDivision(String divisionPrefix) {
		return withCases(jdbc.sql(SELECT + " WHERE starts_with(s.division_code, :division)" + ORDER)
			.param("division", divisionPrefix).query(this::row).list());
	}

	/** Signals of one institution, open first, newest first. */
	public List<OutbreakSignal> ofInstitution(UUID institutionId) {
		return withCases(jdbc.sql(SELECT + " WHERE s.institution_id = :institution" + ORDER)
			.param("institution", institutionId).query(this::row).list());
	}

	private OutbreakSignal row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new OutbreakSignal(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
				rs.getString("institution_name"), rs.getObject("class_id", UUID.class), rs.getString("class_name"),
				Symptom.valueOf(rs.getString("symptom")), rs.getObject("opened_on", LocalDate.class),
				rs.getInt("same_day_count"), rs.getInt("window_count"), "OPEN".equals(rs.getString("status")),
				rs.getString("handling_note"), rs.getString("handled_by_name"),
				rs.getObject("handled_at", OffsetDateTime.class), List.of());
	}

	private List<OutbreakSignal> withCases(List<OutbreakSignal> signals) {
		if (signals.isEmpty()) {
			return signals;
		}
		Map<UUID, List<OutbreakCase>> cases = jdbc.sql("""
				SELECT o.signal_id, o.child_id, c.name, o.day FROM health_outbreak_case o
				JOIN family_child c ON c.id = o.child_id WHERE o.signal_id = ANY (:ids) ORDER BY o.day, c.name
				""").param("ids", signals.stream().map(OutbreakSignal::id).toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject("signal_id", UUID.class), new OutbreakCase(
					rs.getObject("child_id", UUID.class), rs.getString("name"), rs.getObject("day", LocalDate.class))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
		return signals.stream()
			.map(s -> new OutbreakSignal(s.id(), s.institutionId(), s.institutionName(), s.classId(), s.className(),
					s.symptom(), s.openedOn(), s.sameDayCount(), s.windowCount(), s.open(), s.handlingNote(),
					s.handledBy(), s.handledAt(), List.copyOf(cases.getOrDefault(s.id(), new ArrayList<>()))))
			.toList();
	}
}
