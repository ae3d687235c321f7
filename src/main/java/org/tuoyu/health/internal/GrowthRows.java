package org.tuoyu.health.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.health.GrowthAssessment;
import org.tuoyu.health.GrowthClassification;
import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.RecordedMeasurement;
import org.tuoyu.health.ZScore;
import org.tuoyu.health.internal.growth.WhoGrowthStandard;

/**
 * Storage of growth measurements with the z-scores computed when they were recorded. What each
 * z-score compared (the corrected length, the BMI) is derived again from the stored measures.
 */
@Repository
public class GrowthRows {

	private static final String SELECT = """
			SELECT g.*, a.display_name AS measured_by_name
			FROM health_growth_measurement g JOIN platform_account a ON a.id = g.measured_by
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final ZoneId zone;

	GrowthRows(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
		this.named = named;
	}

	/** A measurement to store, with where it belongs and its assessment. */
	public record Row(UUID id, UUID childId, UUID institutionId, String divisionCode, LocalDate measuredOn,
			BigDecimal weightKg, BigDecimal lengthCm, LengthMethod lengthMethod, BigDecimal headCircumferenceCm,
			UUID measuredBy, GrowthAssessment assessment) {
	}

	private static final String INSERT = """
			INSERT INTO health_growth_measurement (id, child_id, institution_id, division_code, measured_on, age_days,
			  weight_kg, length_cm, length_method, head_circumference_cm, measured_by, standard, standard_tables,
			  weight_for_age_z, weight_for_age_class, length_for_age_z, length_for_age_class, weight_for_length_z,
			  weight_for_length_class, bmi_for_age_z, bmi_for_age_class, head_for_age_z, head_for_age_class, implausible)
			VALUES (:id, :child, :institution, :division, :measuredOn, :ageDays, :weight, :length, :method, :head, :by,
			  :standard, :tables, :wfaZ, :wfaClass, :lfaZ, :lfaClass, :wflZ, :wflClass, :bmiZ, :bmiClass, :headZ,
			  :headClass, :implausible)
			""";

	/** Stores a measurement with its z-scores, classifications and implausible indicators. */
	public void insert(Row row) {
		jdbc.sql(INSERT).params(parameters(row)).update();
	}

	/** Stores many measurements in one batch (demo data). */
	public void insertAll(List<Row> rows) {
		if (!rows.isEmpty()) {
			named.batchUpdate(INSERT, rows.stream()
				.map(r -> new MapSqlParameterSource(parameters(r)))
				.toArray(SqlParameterSource[]::new));
		}
	}

	private static Map<String, Object> parameters(Row row) {
		GrowthAssessment a = row.assessment();
		String[] implausible = Arrays.stream(GrowthIndicator.values())
			.filter(i -> a.of(i).map(ZScore::implausible).orElse(false))
			.map(Enum::name)
			.toArray(String[]::new);
		Map<String, Object> p = new HashMap<>();
		p.put("id", row.id());
		p.put("child", row.childId());
		p.put("institution", row.institutionId());
		p.put("division", row.divisionCode());
		p.put("measuredOn", row.measuredOn());
		p.put("ageDays", a.ageDays());
		p.put("weight", row.weightKg());
		p.put("length", row.lengthCm());
		p.put("method", row.lengthMethod() == null ? null : row.lengthMethod().name());
		p.put("head", row.headCircumferenceCm());
		p.put("by", row.measuredBy());
		p.put("standard", ZScore.STANDARD);
		p.put("tables", ZScore.TABLES);
		p.put("wfaZ", z(a.weightForAge()));
		p.put("wfaClass", classification(a.weightForAge()));
		p.put("lfaZ", z(a.lengthForAge()));
		p.put("lfaClass", classification(a.lengthForAge()));
		p.put("wflZ", z(a.weightForLength()));
		p.put("wflClass", classification(a.weightForLength()));
		p.put("bmiZ", z(a.bmiForAge()));
		p.put("bmiClass", classification(a.bmiForAge()));
		p.put("headZ", z(a.headCircumferenceForAge()));
		p.put("headClass", classification(a.headCircumferenceForAge()));
		p.put("implausible", implausible);
		return p;
	}

	/** One stored measurement. */
	public RecordedMeasurement measurement(UUID id) {
		return jdbc.sql(SELECT + " WHERE g.id = :id").param("id", id).query((rs, n) -> measurement(rs, n)).single();
	}

	/** The child's measurements, oldest first. */
	public List<RecordedMeasurement> ofChild(UUID childId) {
		return jdbc.sql(SELECT + " WHERE g.child_id = :child ORDER BY g.measured_on, g.created_at")
			.param("child", childId).query((rs, n) -> measurement(rs, n)).list();
	}

	/** The newest measurement of each of the children that has one. */
	public List<Latest> latestOf(Collection<UUID> childIds) {
		if (childIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT.replace("SELECT g.*", "SELECT DISTINCT ON (g.child_id) g.*")
				+ " WHERE g.child_id IN (:children) ORDER BY g.child_id, g.measured_on DESC, g.created_at DESC")
			.param("children", List.copyOf(childIds))
			.query((rs, n) -> new Latest(rs.getObject("child_id", UUID.class), measurement(rs, n)))
			.list();
	}

	/** A child's newest measurement. */
	public record Latest(UUID childId, RecordedMeasurement measurement) {
	}

	private RecordedMeasurement measurement(ResultSet rs, int n) throws SQLException {
		int ageDays = rs.getInt("age_days");
		BigDecimal weight = rs.getBigDecimal("weight_kg");
		BigDecimal length = rs.getBigDecimal("length_cm");
		LengthMethod method = rs.getString("length_method") == null ? null : LengthMethod.valueOf(rs.getString("length_method"));
		BigDecimal head = rs.getBigDecimal("head_circumference_cm");
		Set<GrowthIndicator> implausible = EnumSet.noneOf(GrowthIndicator.class);
		for (String name : (String[]) rs.getArray("implausible").getArray()) {
			implausible.add(GrowthIndicator.valueOf(name));
		}
		String standard = rs.getString("standard");
		String tables = rs.getString("standard_tables");
		LengthMethod basis = WhoGrowthStandard.basisAt(ageDays);
		Double corrected = length == null ? null
				: WhoGrowthStandard.comparableLength(length, method, ageDays).doubleValue();
		Double bmi = weight == null || corrected == null ? null
				: weight.doubleValue() / ((corrected / 100) * (corrected / 100));
		Scores scores = new Scores(rs, implausible, standard, tables);
		GrowthAssessment assessment = new GrowthAssessment(ageDays,
				scores.of(GrowthIndicator.WEIGHT_FOR_AGE, "weight_for_age", weight == null ? null : weight.doubleValue(), null),
				scores.of(GrowthIndicator.LENGTH_FOR_AGE, "length_for_age", corrected, basis),
				scores.of(GrowthIndicator.WEIGHT_FOR_LENGTH, "weight_for_length", weight == null ? null : weight.doubleValue(),
						basis),
				scores.of(GrowthIndicator.BMI_FOR_AGE, "bmi_for_age", bmi, basis),
				scores.of(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, "head_for_age", head == null ? null : head.doubleValue(),
						null));
		return new RecordedMeasurement(rs.getObject("id", UUID.class), rs.getObject("measured_on", LocalDate.class),
				ageDays, weight, length, method, head, rs.getString("measured_by_name"),
				rs.getObject("institution_id", UUID.class), null,
				rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(), assessment);
	}

	/** Reads the stored z-scores of one row. */
	private record Scores(ResultSet rs, Set<GrowthIndicator> implausible, String standard, String tables) {

		ZScore of(GrowthIndicator indicator, String column, Double measurement, LengthMethod basis) throws SQLException {
			BigDecimal z = rs.getBigDecimal(column + "_z");
			if (z == null) {
				return null;
			}
			double compared = measurement == null ? 0
					: BigDecimal.valueOf(measurement).setScale(2, RoundingMode.HALF_UP).doubleValue();
			return new ZScore(indicator, z.doubleValue(), GrowthClassification.valueOf(rs.getString(column + "_class")),
					implausible.contains(indicator), compared, basis, standard, tables);
		}
	}

	private static BigDecimal z(ZScore score) {
		return score == null ? null : BigDecimal.valueOf(score.z());
	}

	private static String classification(ZScore score) {
		return score == null ? null : score.classification().name();
	}
}
