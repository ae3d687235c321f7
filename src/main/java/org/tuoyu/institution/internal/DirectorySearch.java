package org.tuoyu.institution.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.DirectoryEntry;
import org.tuoyu.institution.InstitutionCategory;

/**
 * The nearby query: filed institutions whose nearest site lies within the radius, by great-circle
 * distance (haversine), pre-filtered by a bounding box on the site coordinates index.
 */
@Repository
public class DirectorySearch {

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	private final JdbcClient jdbc;

	DirectorySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param classTypes class types that take the requested age, or {@code null} for any
	 */
	public List<DirectoryEntry> near(double lat, double lng, int radiusM, String[] classTypes, boolean inclusiveOnly,
			BigDecimal maxFee, String serviceForm, boolean demonstrationOnly) {
		double dLat = Math.toDegrees(radiusM / EARTH_RADIUS_M);
		double dLng = dLat / Math.max(Math.cos(Math.toRadians(lat)), 0.01);
		return jdbc.sql("""
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
				WHERE i.status IN ('FILED', 'VERIFIED')
				  AND (NOT :inclusiveOnly OR (i.inclusive AND i.inclusive_valid_until >= current_date))
				  AND (NOT :demonstrationOnly OR i.demonstration_level <> 'NONE')
				  AND (:serviceForm::text IS NULL OR :serviceForm = ANY (i.service_forms))
				  AND (:types::text[] IS NULL OR EXISTS (SELECT 1 FROM institution_class c
				        WHERE c.institution_id = i.id AND c.class_type = ANY (:types::text[])))
				  AND (:maxFee::numeric IS NULL OR (SELECT min(monthly_fee) FROM institution_fee f
				        WHERE f.institution_id = i.id) <= :maxFee)
				ORDER BY n.distance, i.name
				LIMIT 500
				""")
			.param("r", EARTH_RADIUS_M)
			.param("lat", lat)
			.param("lng", lng)
			// numeric bounds, as the columns, so the coordinates index is used
			.param("latMin", bound(lat - dLat))
			.param("latMax", bound(lat + dLat))
			.param("lngMin", bound(lng - dLng))
			.param("lngMax", bound(lng + dLng))
			.param("radius", radiusM)
			.param("inclusiveOnly", inclusiveOnly)
			.param("demonstrationOnly", demonstrationOnly)
			.param("serviceForm", serviceForm)
			.param("types", classTypes)
			.param("maxFee", maxFee)
			.query((rs, n) -> new DirectoryEntry(rs.getObject("id", UUID.class), rs.getString("name"),
					InstitutionCategory.valueOf(rs.getString("category")), rs.getBoolean("inclusive"),
					DemonstrationLevel.valueOf(rs.getString("demonstration_level")),
					(int) Math.round(rs.getDouble("distance")), rs.getBigDecimal("latitude"),
					rs.getBigDecimal("longitude"), rs.getString("site_name"), rs.getString("address"),
					rs.getInt("places"), rs.getBigDecimal("fee_from")))
			.list();
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
