package org.tuoyu.statistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures behind the one map, each read in one statement for a whole area however many
 * streets it has: operating sites with their places and children, centres of sub-divisions,
 * street figures ranked by their shortfall with the nearest institutions that could add places,
 * and the city's share of children 0–3 from the plan's baseline figures. Coordinates are GCJ-02 as
 * stored; distances are great-circle metres.
 */
@Repository
public class MapRows {

	/** Operating sites (filed or verified institutions) under :area, with the places of their classes. */
	private static final String OPERATING_SITES = """
			operating AS (
			  SELECT s.id AS site_id, s.institution_id, s.name AS site_name, s.division_code, s.main,
			    s.latitude::float8 AS lat, s.longitude::float8 AS lng, i.name, i.category,
			    i.inclusive AND i.inclusive_valid_until >= :today AS inclusive,
			    coalesce((SELECT sum(k.capacity) FROM institution_class k WHERE k.site_id = s.id), 0) AS places,
			    (SELECT count(*) FROM enrollment_placement p JOIN institution_class k ON k.id = p.class_id
			     WHERE k.site_id = s.id AND p.status = 'ACTIVE') AS enrolled
			  FROM institution_site s JOIN institution_institution i ON i.id = s.institution_id
			  WHERE i.status IN ('FILED', 'VERIFIED') AND starts_with(s.division_code, :area))
			""";

	/** Great-circle metres between (lat, lng) and the candidate c. */
	private static final String METRES = """
			2 * 6371008.8 * asin(sqrt(power(sin(radians(c.lat - %1$s) / 2), 2)
			  + cos(radians(%1$s)) * cos(radians(c.lat)) * power(sin(radians(c.lng - %2$s) / 2), 2)))
			""";

	private final JdbcClient jdbc;

	MapRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An operating site with the places of its classes and the children placed in them. */
	public record SiteRow(UUID siteId, UUID institutionId, String name, String siteName, String street, double lat,
			double lng, String category, boolean inclusive, long places, long enrolled) {
	}

	/** The mean position of the operating sites of a division. */
	public record CentreRow(String division, double lat, double lng) {
	}

	/** A street's figures: residents (latest year ≤ the year; null when unknown), places, sites and centre. */
	public record StreetRow(String code, String name, Long residents, Integer populationYear, long places, long sites,
			Double lat, Double lng, Long targetPlaces, Long gap, List<NearbyRow> nearest) {
	}

	/** An operating institution near a street's centre that could add places. */
	public record NearbyRow(UUID institutionId, String name, String category, boolean inclusive, long places,
			long enrolled, long metres) {
	}

	/** The latest baseline year of a city with both children 0–3 and residents. */
	public record ShareRow(String city, int year, BigDecimal children, BigDecimal residents) {
	}

	/** Every operating site under the division, by institution name and main site first. */
	public List<SiteRow> sites(String division, LocalDate today) {
		return jdbc.sql("WITH " + OPERATING_SITES + """
				SELECT site_id, institution_id, name, site_name, division_code, lat, lng, category, inclusive, places, enrolled
				FROM operating ORDER BY name, institution_id, main DESC, site_name
				""").param("area", division).param("today", today)
			.query((rs, n) -> new SiteRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getString(8), rs.getBoolean(9),
					rs.getLong(10), rs.getLong(11)))
			.list();
	}

	/** The centres of the sub-divisions (codes of {@code length} digits) under the division that have sites. */
	public List<CentreRow> centres(String division, int length) {
		return jdbc.sql("""
				SELECT left(s.division_code, :length), round(avg(s.latitude), 6)::float8, round(avg(s.longitude), 6)::float8
				FROM institution_site s JOIN institution_institution i ON i.id = s.institution_id
				WHERE i.status IN ('FILED', 'VERIFIED') AND starts_with(s.division_code, :d)
				GROUP BY 1
				""").param("d", division).param("length", length)
			.query((rs, n) -> new CentreRow(rs.getString(1), rs.getDouble(2), rs.getDouble(3)))
			.list();
	}

	/**
	 * The streets under the division furthest from the places their residents imply ({@code ceil(residents
	 * × perThousand ÷ 1000)}), at most {@code limit}: by shortfall (target places − places) descending,
	 * streets without residents last, then by code. Each comes with the nearest {@code nearby} operating
	 * institutions of its district that could add places (free places now or inclusive), measured from
	 * the street's centre (mean of its operating sites) or, without sites, the district's centre.
	 */
	public List<StreetRow> streets(String division, int year, BigDecimal perThousand, int limit, int nearby,
			LocalDate today) {
		String area = division.length() > 6 ? division.substring(0, 6) : division;
		String sql = "WITH " + OPERATING_SITES + """
				, streets AS (
				  SELECT d.code, d.name, pop.residents, pop.year
				  FROM region_division d
				  LEFT JOIN LATERAL (SELECT p.residents, p.year FROM region_population p
				    WHERE p.division_code = d.code AND p.year <= :year ORDER BY p.year DESC LIMIT 1) pop ON true
				  WHERE d.level = 'STREET' AND starts_with(d.code, :d)),
				figures AS (
				  SELECT st.code, st.name, st.residents, st.year, coalesce(sum(o.places), 0)::bigint AS places, count(o.site_id) AS sites,
				    round(avg(o.lat)::numeric, 6)::float8 AS lat, round(avg(o.lng)::numeric, 6)::float8 AS lng,
				    ceil(st.residents * :per_thousand / 1000)::bigint AS target_places
				  FROM streets st LEFT JOIN operating o ON o.division_code = st.code
				  GROUP BY st.code, st.name, st.residents, st.year),
				ranked AS (
				  SELECT f.*, CASE WHEN f.target_places IS NOT NULL THEN greatest(f.target_places - f.places, 0) END AS gap,
				    f.target_places - f.places AS shortfall
				  FROM figures f ORDER BY shortfall DESC NULLS LAST, f.code LIMIT :limit),
				district_centres AS (
				  SELECT left(division_code, 6) AS district, avg(lat) AS lat, avg(lng) AS lng FROM operating GROUP BY 1),
				institutions AS (
				  SELECT institution_id, sum(places) AS places, sum(enrolled) AS enrolled FROM operating GROUP BY institution_id),
				candidates AS (
				  SELECT o.institution_id, o.name, o.category, o.inclusive, o.division_code, o.lat, o.lng, t.places, t.enrolled
				  FROM operating o JOIN institutions t ON t.institution_id = o.institution_id
				  WHERE t.places > t.enrolled OR o.inclusive)
				SELECT r.code, r.name, r.residents, r.year, r.places, r.sites, r.lat, r.lng, r.target_places, r.gap,
				  n.institution_id, n.name, n.category, n.inclusive, n.places, n.enrolled, n.metres
				FROM ranked r
				LEFT JOIN district_centres dc ON dc.district = left(r.code, 6)
				LEFT JOIN LATERAL (
				  SELECT * FROM (
				    SELECT DISTINCT ON (c.institution_id) c.institution_id, c.name, c.category, c.inclusive, c.places, c.enrolled,
				      round(%s) AS metres
				    FROM candidates c WHERE starts_with(c.division_code, left(r.code, 6))
				    ORDER BY c.institution_id, metres) x
				  ORDER BY metres, institution_id LIMIT :nearby) n ON coalesce(r.lat, dc.lat) IS NOT NULL
				ORDER BY r.shortfall DESC NULLS LAST, r.code, n.metres, n.institution_id
				""".formatted(METRES.formatted("coalesce(r.lat, dc.lat)", "coalesce(r.lng, dc.lng)"));
		Map<String, StreetRow> streets = new LinkedHashMap<>();
		jdbc.sql(sql).param("area", area).param("d", division).param("today", today).param("year", year)
			.param("per_thousand", perThousand).param("limit", limit).param("nearby", nearby)
			.query(rs -> {
				String code = rs.getString(1);
				if (!streets.containsKey(code)) {
					streets.put(code, new StreetRow(code, rs.getString(2), rs.getObject(3, Long.class),
							rs.getObject(4, Integer.class), rs.getLong(5), rs.getLong(6), rs.getObject(7, Double.class),
							rs.getObject(8, Double.class), rs.getObject(9, Long.class), rs.getObject(10, Long.class),
							new ArrayList<>()));
				}
				StreetRow street = streets.get(code);
				UUID institution = rs.getObject(11, UUID.class);
				if (institution != null) {
					street.nearest().add(new NearbyRow(institution, rs.getString(12), rs.getString(13), rs.getBoolean(14),
							rs.getLong(15), rs.getLong(16), rs.getLong(17)));
				}
			});
		return List.copyOf(streets.values());
	}

	/** Per city under (or above) the division: the latest baseline year with children 0–3 and residents. */
	public Map<String, ShareRow> childShares(String division) {
		String prefix = division.length() > 4 ? division.substring(0, 4) : division;
		Map<String, ShareRow> shares = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (c.division_code) c.division_code, c.year, c.value, r.value
				FROM region_baseline_figure c
				JOIN region_baseline_figure r ON r.division_code = c.division_code AND r.year = c.year AND r.code = 'RESIDENTS'
				WHERE c.code = 'CHILDREN_0_3' AND length(c.division_code) = 4 AND starts_with(c.division_code, :prefix)
				  AND r.value > 0
				ORDER BY c.division_code, c.year DESC
				""").param("prefix", prefix)
			.query((rs, n) -> new ShareRow(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list()
			.forEach(share -> shares.put(share.city(), share));
		return shares;
	}
}
