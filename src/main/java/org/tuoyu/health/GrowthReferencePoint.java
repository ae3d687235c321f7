package org.tuoyu.health;

/**
 * The WHO standard's −3, −2, 0 (median), +2 and +3 SD lines of one indicator at one point, for
 * drawing growth charts.
 *
 * @param x the day of age, or the length/height in cm for weight-for-length/height
 */
public record GrowthReferencePoint(double x, double minus3, double minus2, double median, double plus2,
		double plus3) {
}
