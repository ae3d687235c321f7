package org.tuoyu.health.internal.growth;

/**
 * The Box-Cox power (L), median (M) and coefficient of variation (S) of a growth standard at one
 * age or length, and the z-scores they give (WHO Child Growth Standards, methods, chapter 7).
 */
public record Lms(double l, double m, double s) {

	/**
	 * Below this |L| the z-score is taken as ln(y/M)/S, the limit of the LMS formula as L goes to
	 * 0. The formula itself is evaluated with {@code expm1}, which stays exact for any L ≠ 0, so
	 * the cut only avoids dividing by zero; at |L| = 1e-7 the two differ by about
	 * 1e-7·ln²(y/M)/(2S), far below the 0.005 a z-score is rounded to.
	 */
	static final double L_NEAR_ZERO = 1e-7;

	/** The plain LMS z-score of a measurement: ((y/M)^L − 1) / (L·S). */
	public double z(double y) {
		double logRatio = Math.log(y / m);
		if (Math.abs(l) < L_NEAR_ZERO) {
			return logRatio / s;
		}
		return Math.expm1(l * logRatio) / (l * s);
	}

	/** The measurement on the SD line {@code z}: M·(1 + L·S·z)^(1/L). */
	public double measurementAt(double z) {
		if (Math.abs(l) < L_NEAR_ZERO) {
			return m * Math.exp(s * z);
		}
		return m * Math.exp(Math.log1p(l * s * z) / l);
	}

	/**
	 * The z-score with WHO's restricted application of the LMS method (DOMAIN §6): beyond ±3 the
	 * distance past the 3 SD line is measured in units of the distance between the 2 and 3 SD
	 * lines, so the curve's skewness does not stretch the extremes.
	 */
	public double adjustedZ(double y) {
		double z = z(y);
		if (z > 3) {
			double sd3 = measurementAt(3);
			return 3 + (y - sd3) / (sd3 - measurementAt(2));
		}
		if (z < -3) {
			double sd3neg = measurementAt(-3);
			return -3 + (y - sd3neg) / (measurementAt(-2) - sd3neg);
		}
		return z;
	}
}
