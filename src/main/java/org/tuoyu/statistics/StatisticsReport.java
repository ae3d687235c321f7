package org.tuoyu.statistics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.platform.Role;
import org.tuoyu.region.Division;

/**
 * The statistics report (统计报表) of a division and year: the indicators and institution counts of
 * the division itself, then of each direct sub-division (districts of a city, streets of a
 * district).
 *
 * @param title the division's full name from the city down, e.g. 无锡市梁溪区
 * @param year the year of the indicators
 * @param generatedAt when the report was made
 * @param role the role of the officer who made it
 * @param unit the area of that officer's unit, e.g. 梁溪区
 * @param areas the division first, then its sub-divisions by code
 */
public record StatisticsReport(String title, int year, OffsetDateTime generatedAt, Role role, String unit,
		List<Area> areas) {

	/** The division the report is about. */
	public Area total() {
		return areas.get(0);
	}

	/** The direct sub-divisions, by code. */
	public List<Area> subdivisions() {
		return areas.subList(1, areas.size());
	}

	/**
	 * One division's figures.
	 *
	 * @param division the division
	 * @param indicators every indicator, in the order of {@link IndicatorCode}
	 * @param institutions its operating institutions now, whatever the report's year
	 */
	public record Area(Division division, List<Indicator> indicators, Institutions institutions) {
	}

	/**
	 * Operating (filed or verified) institutions now.
	 *
	 * @param byCategory how many of each category (every category, zero when none)
	 * @param total how many in all
	 * @param inclusive how many are inclusive today
	 * @param places their places (sum of class capacities)
	 * @param enrolled the children placed in them now
	 */
	public record Institutions(Map<InstitutionCategory, Long> byCategory, long total, long inclusive, long places,
			long enrolled) {
	}
}
