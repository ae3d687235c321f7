package org.tuoyu.statistics.internal;

import static org.tuoyu.statistics.internal.ExchangeColumn.bool;
import static org.tuoyu.statistics.internal.ExchangeColumn.date;
import static org.tuoyu.statistics.internal.ExchangeColumn.decimal;
import static org.tuoyu.statistics.internal.ExchangeColumn.integer;
import static org.tuoyu.statistics.internal.ExchangeColumn.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The datasets of the data exchange (docs/data-exchange.md): operating (filed or verified)
 * institutions of a division subtree, their classes' places, and enrollment counts by age band.
 * Each is one statement with the parameters {@code :prefix} (division code + '%'),
 * {@code :today} and {@code :zone} (the city's time zone, for turning moments into days), selecting the columns in the order of {@link #columns()}, in a stable order.
 * No dataset carries a child's personal data.
 */
public enum ExchangeDataset {

	INSTITUTIONS("institutions", """
			SELECT i.id::text, i.credit_code, i.name, i.category, i.ownership,
			  i.inclusive AND i.inclusive_valid_until >= :today, i.inclusive_valid_until, i.demonstration_level, i.status,
			  i.division_code, left(i.division_code, 6), s.address, s.latitude, s.longitude,
			  (SELECT (min(f.decided_at) AT TIME ZONE :zone)::date FROM institution_filing f
			   WHERE f.institution_id = i.id AND f.kind = 'INITIAL' AND f.status = 'FILED')
			FROM institution_institution i JOIN institution_site s ON s.institution_id = i.id AND s.main
			WHERE i.division_code LIKE :prefix AND i.status IN ('FILED', 'VERIFIED')
			ORDER BY i.division_code, i.credit_code
			""", List.of(text("id"), text("creditCode"), text("name"), text("category"), text("ownership"),
			bool("inclusive"), date("inclusiveValidUntil"), text("demonstrationLevel"), text("status"),
			text("streetCode"), text("districtCode"), text("address"), decimal("latitude"), decimal("longitude"),
			date("filedOn"))),

	PLACES("places", """
			SELECT c.institution_id::text, c.site_id::text, c.id::text, c.class_type, c.capacity,
			  (SELECT count(*) FROM enrollment_placement p WHERE p.class_id = c.id AND p.status = 'ACTIVE')
			FROM institution_class c JOIN institution_institution i ON i.id = c.institution_id
			WHERE i.division_code LIKE :prefix AND i.status IN ('FILED', 'VERIFIED')
			ORDER BY i.division_code, i.credit_code, c.site_id, c.name
			""", List.of(text("institutionId"), text("siteId"), text("classId"), text("classType"), integer("capacity"),
			integer("enrolled"))),

	ENROLLMENT("enrollment", """
			SELECT i.id::text, c.class_type, count(p.id),
			  count(p.id) FILTER (WHERE age.years = 0), count(p.id) FILTER (WHERE age.years = 1),
			  count(p.id) FILTER (WHERE age.years = 2), count(p.id) FILTER (WHERE age.years >= 3)
			FROM institution_institution i
			JOIN institution_class c ON c.institution_id = i.id
			LEFT JOIN enrollment_placement p ON p.class_id = c.id AND p.status = 'ACTIVE'
			LEFT JOIN family_child k ON k.id = p.child_id
			LEFT JOIN LATERAL (SELECT extract(year FROM age(:today, k.birth_date))::int AS years) age ON true
			WHERE i.division_code LIKE :prefix AND i.status IN ('FILED', 'VERIFIED')
			GROUP BY i.division_code, i.credit_code, i.id, c.class_type
			ORDER BY i.division_code, i.credit_code, c.class_type
			""", List.of(text("institutionId"), text("classType"), integer("enrolled"), integer("age0To1"),
			integer("age1To2"), integer("age2To3"), integer("age3Plus")));

	private final String path;

	private final String sql;

	private final List<ExchangeColumn> columns;

	ExchangeDataset(String path, String sql, List<ExchangeColumn> columns) {
		this.path = path;
		this.sql = sql;
		this.columns = columns;
	}

	/** The dataset named in a request path, if any. */
	public static Optional<ExchangeDataset> named(String path) {
		return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
	}

	/** The name in the request path and the document. */
	public String path() {
		return path;
	}

	public List<ExchangeColumn> columns() {
		return columns;
	}

	String sql() {
		return sql;
	}
}
