package org.tuoyu.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A growth summary (生长监测汇总) of the children placed now in the user's scope, each counted by
 * the newest measurement taken at the institution where the child is placed: how many were
 * measured on schedule, and among those the stunted, wasted, underweight and overweight.
 *
 * @param asOf the day the summary was computed for
 * @param lines one line per class (institution staff) or per institution (officers)
 * @param areas officers only: one line per street, then one per district, of their area
 * @param total the whole scope
 */
public record GrowthSummary(LocalDate asOf, List<Line> lines, List<Line> areas, Line total) {

	/**
	 * The figures of one group of children.
	 *
	 * @param key the class or institution id, or the division code of a street or district; null for the total
	 * @param name the class, institution or division name
	 * @param placed children placed now
	 * @param onSchedule children whose newest measurement lies within the schedule, of those placed
	 * @param stunted length/height-for-age z &lt; −2, of those measured on schedule with that z-score
	 * @param wasted weight-for-length/height z &lt; −2, likewise
	 * @param underweight weight-for-age z &lt; −2, likewise
	 * @param overweight weight-for-length/height z &gt; +2, likewise
	 */
	public record Line(String key, String name, int placed, Share onSchedule, Share stunted, Share wasted,
			Share underweight, Share overweight) {
	}

	/**
	 * A count out of a denominator, with the percentage to one decimal (null when the denominator is 0).
	 *
	 * @param count the numerator
	 * @param of the denominator
	 * @param percent {@code 100 × count / of}, half up to one decimal
	 */
	public record Share(int count, int of, BigDecimal percent) {

		/** The share of {@code count} out of {@code of}. */
		public static Share of(int count, int of) {
			return new Share(count, of, of == 0 ? null
					: BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
		}
	}
}
