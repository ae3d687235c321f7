package org.tuoyu.supervision.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.supervision.InspectionPlanSampling;
import org.tuoyu.supervision.InspectionPlanStatus;

import tools.jackson.databind.json.JsonMapper;

/** Storage of inspection plans. */
@Repository
public class PlanRows {

	/** A stored plan; the division name is added by the facade. */
	public record Row(UUID id, String divisionCode, String name, LocalDate periodStart, LocalDate periodEnd,
			InspectionPlanSampling sampling, int samplingValue, int inspectorsPerInstitution,
			List<InstitutionStatus> statuses, List<InstitutionCategory> categories, List<String> streets,
			boolean inclusiveOnly, boolean excludePreviousRound, InspectionPlanStatus status, UUID drawId,
			java.time.Instant createdAt, SortedMap<String, Integer> riskWeights) {
	}

	private static final String SELECT = """
			SELECT p.*, d.id AS draw_id FROM supervision_plan p LEFT JOIN supervision_draw d ON d.plan_id = p.id
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	PlanRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, PlanValues plan, UUID createdBy) {
		jdbc.sql("""
				INSERT INTO supervision_plan (id, division_code, name, period_start, period_end, sampling, sampling_value,
				  inspectors_per_institution, statuses, categories, streets, inclusive_only, exclude_previous_round,
				  risk_weights, created_by)
				VALUES (:id, :division, :name, :start, :end, :sampling, :value, :perInstitution, :statuses::text[],
				  :categories::text[], :streets::text[], :inclusive, :excludePrevious, :riskWeights::jsonb, :by)
				""")
			.param("id", id)
			.params(values(plan))
			.param("by", createdBy)
			.update();
	}

	/** Updates a draft plan; false when it is no longer a draft. */
	public boolean update(UUID id, PlanValues plan) {
		return jdbc.sql("""
				UPDATE supervision_plan SET division_code = :division, name = :name, period_start = :start,
				  period_end = :end, sampling = :sampling, sampling_value = :value,
				  inspectors_per_institution = :perInstitution, statuses = :statuses::text[],
				  categories = :categories::text[], streets = :streets::text[], inclusive_only = :inclusive,
				  exclude_previous_round = :excludePrevious, risk_weights = :riskWeights::jsonb
				WHERE id = :id AND status = 'DRAFT'
				""").param("id", id).params(values(plan)).update() == 1;
	}

	private static java.util.Map<String, Object> values(PlanValues plan) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("division", plan.divisionCode());
		values.put("name", plan.name());
		values.put("start", plan.periodStart());
		values.put("end", plan.periodEnd());
		values.put("sampling", plan.sampling().name());
		values.put("value", plan.samplingValue());
		values.put("perInstitution", plan.inspectorsPerInstitution());
		values.put("statuses", array(plan.statuses().stream().map(Enum::name).toList()));
		values.put("categories", array(plan.categories().stream().map(Enum::name).toList()));
		values.put("streets", array(plan.streets()));
		values.put("inclusive", plan.inclusiveOnly());
		values.put("excludePrevious", plan.excludePreviousRound());
		values.put("riskWeights", JSON.writeValueAsString(plan.riskWeights()));
		return values;
	}

	/** A text[] literal of plain tokens (enum names, division codes), checked by the policy. */
	private static String array(List<String> tokens) {
		return "{" + String.join(",", tokens) + "}";
	}

	/** Moves a plan to a later status. */
	public void updateStatus(UUID id, InspectionPlanStatus status) {
		jdbc.sql("UPDATE supervision_plan SET status = :status WHERE id = :id")
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	public Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(PlanRows::row).optional();
	}

	/** Locks the plan row for a seal or a draw, so two requests take turns. */
	public Optional<Row> lock(UUID id) {
		return jdbc.sql("SELECT p.*, NULL::uuid AS draw_id FROM supervision_plan p WHERE p.id = :id FOR UPDATE")
			.param("id", id)
			.query(PlanRows::row)
			.optional();
	}

	/** Plans whose division lies inside the prefix, newest period first. */
	public List<Row> within(String divisionPrefix) {
		return jdbc.sql(SELECT + " WHERE starts_with(p.division_code, :prefix) ORDER BY p.period_start DESC, p.name")
			.param("prefix", divisionPrefix)
			.query(PlanRows::row)
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("division_code"), rs.getString("name"),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				InspectionPlanSampling.valueOf(rs.getString("sampling")), rs.getInt("sampling_value"),
				rs.getInt("inspectors_per_institution"),
				strings(rs.getArray("statuses")).stream().map(InstitutionStatus::valueOf).toList(),
				strings(rs.getArray("categories")).stream().map(InstitutionCategory::valueOf).toList(),
				strings(rs.getArray("streets")), rs.getBoolean("inclusive_only"), rs.getBoolean("exclude_previous_round"),
				InspectionPlanStatus.valueOf(rs.getString("status")), rs.getObject("draw_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), weights(rs.getString("risk_weights")));
	}

	private static SortedMap<String, Integer> weights(String json) {
		SortedMap<String, Integer> weights = new TreeMap<>();
		JSON.readTree(json).properties().forEach(entry -> weights.put(entry.getKey(), entry.getValue().intValue()));
		return weights;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
