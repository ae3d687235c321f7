package org.tuoyu.institution.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.DirectoryEntry;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.platform.PublicReads;

/**
 * The nearby query: filed institutions whose nearest site lies within the radius, by great-circle
 * distance (haversine), pre-filtered by a bounding box on the site coordinates index. Runs on the
 * public read pool.
 */
@Repository
public class DirectorySearch {

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	/**
	 * The nearby statement; {@link #FILTERS} stands where the optional filters go. Parameters:
	 * {@code r} earth radius (m), {@code lat}, {@code lng}, the bounding box {@code latMin},
	 * {@code latMax}, {@code lngMin}, {@code lngMax} (numeric) and {@code radius} (m).
	 */
	public static final String NEARBY = """
				WITH nearby AS (
				  SELECT s.institution_id, s.name AS site_name, s.address, s.latitude, s.longitude,
				    2 * :r * asin(sqrt(power(sin(radians(s.latitude - :lat) / 2), 2)
				      + cos(radians(:lat)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - :lng) / 2), 2))) AS distance
				  FROM institution_site s
				  WHERE s.latitude BETWEEN :latMin AND :latMax
				    AND s.longitude BETWEEN :lngMin AND :lngMax),
				nearest AS (
				  SELECT DISTINCT ON (institution_id) * FROM nearby WHERE distance <= :radius
				  ORDER BY institution_id, distance)
				SELECT i.id, i.name, i.category, i.inclusive, i.demonstration_level, n.distance, n.latitude, n.longitude,
				  n.site_name, n.address,
				  (SELECT coalesce(sum(capacity), 0) FROM institution_class c WHERE c.institution_id = i.id) AS places,
				  (SELECT min(monthly_fee) FROM institution_fee f WHERE f.institution_id = i.id) AS fee_from
				FROM nearest n JOIN institution_institution i ON i.id = n.institution_id
				WHERE i.status IN ('FILED', 'VERIFIED') /*filters*/
				ORDER BY n.distance, i.name
				LIMIT 500
				""";

	/** The marker in {@link #NEARBY} replaced by the filters in use. */
	public static final String FILTERS = "/*filters*/";

	private final JdbcClient jdbc;

	private final Clock clock;

	DirectorySearch(PublicReads reads, Clock clock) {
		this.jdbc = reads.jdbc();
		this.clock = clock;
	}

	/**
	 * @param classTypes class types that take the requested age, or {@code null} for any
	 */
	public List<DirectoryEntry> near(double lat, double lng, int radiusM, String[] classTypes, boolean inclusiveOnly,
			BigDecimal maxFee, String serviceForm, boolean demonstrationOnly) {
		// Only the filters in use become SQL, so each combination is one small statement whose
		// generic plan PostgreSQL can reuse instead of planning every search afresh.
		StringBuilder filters = new StringBuilder();
		if (inclusiveOnly) {
			filters.append(" AND i.inclusive AND i.inclusive_valid_until >= :today");
		}
		if (demonstrationOnly) {
			filters.append(" AND i.demonstration_level <> 'NONE'");
		}
		if (serviceForm != null) {
			filters.append(" AND :serviceForm = ANY (i.service_forms)");
		}
		if (classTypes != null) {
			filters.append(" AND EXISTS (SELECT 1 FROM institution_class c"
					+ " WHERE c.institution_id = i.id AND c.class_type = ANY (:types))");
		}
		if (maxFee != null) {
			filters.append(" AND (SELECT min(monthly_fee) FROM institution_fee f WHERE f.institution_id = i.id) <= :maxFee");
		}
		var statement = jdbc.sql(NEARBY.replace(FILTERS, filters)).params(parameters(lat, lng, radiusM));
		if (serviceForm != null) {
			statement = statement.param("serviceForm", serviceForm);
		}
		if (classTypes != null) {
			statement = statement.param("types", classTypes);
		}
		if (maxFee != null) {
			statement = statement.param("maxFee", maxFee);
		}
		if (inclusiveOnly) {
			statement = statement.param("today", LocalDate.now(clock));
		}
		return statement
			.query((rs, n) -> new DirectoryEntry(rs.getObject("id", UUID.class), rs.getString("name"),
					InstitutionCategory.valueOf(rs.getString("category")), rs.getBoolean("inclusive"),
					DemonstrationLevel.valueOf(rs.getString("demonstration_level")),
					(int) Math.round(rs.getDouble("distance")), rs.getBigDecimal("latitude"),
					rs.getBigDecimal("longitude"), rs.getString("site_name"), rs.getString("address"),
					rs.getInt("places"), rs.getBigDecimal("fee_from"), Map.of()))
			.list();
	}

	/** The parameters of {@link #NEARBY} for a point and radius. */
	public static Map<String, Object> parameters(double lat, double lng, int radiusM) {
		double dLat = Math.toDegrees(radiusM / EARTH_RADIUS_M);
		double dLng = dLat / Math.max(Math.cos(Math.toRadians(lat)), 0.01);
		// numeric bounds, as the columns, so the coordinates index is used
		return Map.of("r", EARTH_RADIUS_M, "lat", lat, "lng", lng, "latMin", bound(lat - dLat), "latMax",
				bound(lat + dLat), "lngMin", bound(lng - dLng), "lngMax", bound(lng + dLng), "radius", radiusM);
	}

	private static BigDecimal bound(double value) {
		return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP);
	}

	/** The centroid of the filed sites in one community, if it has any. */
	public java.util.Optional<double[]> communityCentroid(String communityCode) {
		return jdbc.sql("""
				SELECT avg(s.latitude) AS lat, avg(s.longitude) AS lng FROM institution_site s
				JOIN institution_institution i ON i.id = s.institution_id
				WHERE s.community_code = :code AND i.status IN ('FILED', 'VERIFIED')
				HAVING count(*) > 0
				""").param("code", communityCode)
			.query((rs, n) -> new double[] { rs.getDouble("lat"), rs.getDouble("lng") })
			.optional();
	}

	/** The centroid of the sites of filed institutions in a division, if it has any. */
	public java.util.Optional<double[]> centroid(String divisionPrefix) {
		return jdbc.sql("""
				SELECT avg(s.latitude) AS lat, avg(s.longitude) AS lng FROM institution_site s
				JOIN institution_institution i ON i.id = s.institution_id
				WHERE starts_with(s.division_code, :prefix) AND i.status IN ('FILED', 'VERIFIED')
				HAVING count(*) > 0
				""").param("prefix", divisionPrefix)
			.query((rs, n) -> new double[] { rs.getDouble("lat"), rs.getDouble("lng") })
			.optional();
	}
}
