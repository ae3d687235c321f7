package org.tuoyu.region.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.region.BaselineFigure;
import org.tuoyu.region.Division;
import org.tuoyu.region.DivisionSummary;
import org.tuoyu.region.PopulationEntry;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;

/**
 * Storage of divisions, population and baseline figures.
 */
@Repository
public class DivisionRows {

	private static final RowMapper<Division> DIVISIONS = (rs, n) -> new Division(DivisionCode.of(rs.getString("code")),
			rs.getString("name"), DivisionLevel.valueOf(rs.getString("level")),
			rs.getString("parent_code") == null ? null : DivisionCode.of(rs.getString("parent_code")));

	private static final RowMapper<DivisionSummary> SUMMARIES = (rs, n) -> new DivisionSummary(DIVISIONS.mapRow(rs, n),
			(Long) rs.getObject("residents"), (Integer) rs.getObject("population_year"), rs.getInt("child_count"));

	private static final String SUMMARY_SELECT = """
			SELECT d.*, p.residents, p.year AS population_year,
			  (SELECT count(*) FROM region_division c WHERE c.parent_code = d.code) AS child_count
			FROM region_division d
			LEFT JOIN LATERAL (SELECT residents, year FROM region_population rp
			  WHERE rp.division_code = d.code ORDER BY year DESC LIMIT 1) p ON true
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	DivisionRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Optional<Division> find(String code) {
		return jdbc.sql("SELECT * FROM region_division WHERE code = :code").param("code", code).query(DIVISIONS).optional();
	}

	public Optional<DivisionSummary> summary(String code) {
		return jdbc.sql(SUMMARY_SELECT + " WHERE d.code = :code").param("code", code).query(SUMMARIES).optional();
	}

	public List<DivisionSummary> children(String code) {
		return jdbc.sql(SUMMARY_SELECT + " WHERE d.parent_code = :code ORDER BY d.code")
			.param("code", code)
			.query(SUMMARIES)
			.list();
	}

	/** The division and its ancestors, root first. */
	public List<Division> path(String code) {
		return jdbc.sql("""
				WITH RECURSIVE up AS (
				  SELECT *, 0 AS depth FROM region_division WHERE code = :code
				  UNION ALL
				  SELECT d.*, up.depth + 1 FROM region_division d JOIN up ON d.code = up.parent_code)
				SELECT code, name, level, parent_code FROM up ORDER BY depth DESC
				""").param("code", code).query(DIVISIONS).list();
	}

	public List<Division> streetsUnder(String prefix) {
		return jdbc.sql("SELECT * FROM region_division WHERE level = 'STREET' AND starts_with(code, :prefix) ORDER BY code")
			.param("prefix", prefix)
			.query(DIVISIONS)
			.list();
	}

	public List<Division> roots() {
		return jdbc.sql("SELECT * FROM region_division WHERE parent_code IS NULL ORDER BY code").query(DIVISIONS).list();
	}

	public long count() {
		return jdbc.sql("SELECT count(*) FROM region_division").query(Long.class).single();
	}

	public void upsert(Division division) {
		jdbc.sql("""
				INSERT INTO region_division (code, name, level, parent_code) VALUES (:code, :name, :level, :parent)
				ON CONFLICT (code) DO UPDATE SET name = excluded.name, parent_code = excluded.parent_code
				""")
			.param("code", division.code().value())
			.param("name", division.name())
			.param("level", division.level().name())
			.param("parent", division.parentCode() == null ? null : division.parentCode().value())
			.update();
	}

	public List<PopulationEntry> population(String code) {
		return jdbc.sql("""
				SELECT division_code, year, residents, source FROM region_population
				WHERE division_code = :code ORDER BY year DESC
				""").param("code", code).query((rs, n) -> new PopulationEntry(rs.getString("division_code"),
				rs.getInt("year"), rs.getLong("residents"), rs.getString("source"))).list();
	}

	public void upsertPopulation(PopulationEntry entry, String updatedBy) {
		jdbc.sql("""
				INSERT INTO region_population (division_code, year, residents, source, updated_by)
				VALUES (:code, :year, :residents, :source, :by)
				ON CONFLICT (division_code, year) DO UPDATE SET residents = excluded.residents,
				  source = excluded.source, updated_by = excluded.updated_by, updated_at = :now
				""").param("now", OffsetDateTime.now(clock))
			.param("code", entry.divisionCode())
			.param("year", entry.year())
			.param("residents", entry.residents())
			.param("source", entry.source())
			.param("by", updatedBy)
			.update();
	}

	public List<BaselineFigure> baseline(String code) {
		return jdbc.sql("""
				SELECT * FROM region_baseline_figure WHERE division_code = :code ORDER BY year, code
				""").param("code", code).query((rs, n) -> new BaselineFigure(rs.getString("division_code"),
				rs.getInt("year"), rs.getString("code"), rs.getBigDecimal("value"), rs.getString("source"))).list();
	}

	public void upsertBaseline(BaselineFigure figure) {
		jdbc.sql("""
				INSERT INTO region_baseline_figure (division_code, year, code, value, source)
				VALUES (:division, :year, :code, :value, :source)
				ON CONFLICT (division_code, year, code) DO UPDATE SET value = excluded.value, source = excluded.source
				""")
			.param("division", figure.divisionCode())
			.param("year", figure.year())
			.param("code", figure.code())
			.param("value", figure.value())
			.param("source", figure.source())
			.update();
	}
}
