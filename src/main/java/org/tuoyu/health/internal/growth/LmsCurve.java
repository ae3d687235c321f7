package org.tuoyu.health.internal.growth;

import java.util.List;

/**
 * L, M and S between the rows of a WHO table (by age in days or by length in cm): straight lines
 * between the rows over a first stretch, then a natural cubic spline of each of L, M and S through
 * the rows from the end of that stretch on, on an axis {@code x^power}. Immutable and thread-safe.
 */
public final class LmsCurve {

	private final double[] x;

	private final double[] l;

	private final double[] m;

	private final double[] s;

	private final double linearUntil;

	private final double power;

	private final NaturalCubicSpline splineL;

	private final NaturalCubicSpline splineM;

	private final NaturalCubicSpline splineS;

	/**
	 * @param knots the rows, x increasing strictly
	 * @param straightSpan straight lines between the rows up to this far past the first row (ending
	 *        on a row; 0: none)
	 * @param power the spline's axis is x^power (1: x itself)
	 */
	LmsCurve(List<Knot> knots, double straightSpan, double power) {
		int n = knots.size();
		this.x = new double[n];
		this.l = new double[n];
		this.m = new double[n];
		this.s = new double[n];
		for (int i = 0; i < n; i++) {
			Knot knot = knots.get(i);
			x[i] = knot.x();
			l[i] = knot.lms().l();
			m[i] = knot.lms().m();
			s[i] = knot.lms().s();
		}
		this.linearUntil = x[0] + straightSpan;
		this.power = power;
		int from = 0;
		while (from < n && x[from] < this.linearUntil) {
			from++;
		}
		if (from == n || x[from] != this.linearUntil) {
			throw new IllegalArgumentException("The straight part must end on a row: " + this.linearUntil);
		}
		double[] axis = new double[n - from];
		for (int i = from; i < n; i++) {
			axis[i - from] = axis(x[i]);
		}
		this.splineL = new NaturalCubicSpline(axis, java.util.Arrays.copyOfRange(l, from, n));
		this.splineM = new NaturalCubicSpline(axis, java.util.Arrays.copyOfRange(m, from, n));
		this.splineS = new NaturalCubicSpline(axis, java.util.Arrays.copyOfRange(s, from, n));
	}

	private double axis(double value) {
		return power == 1 ? value : Math.pow(value, power);
	}

	/** The first x the curve covers. */
	public double first() {
		return x[0];
	}

	/** The last x the curve covers. */
	public double last() {
		return x[x.length - 1];
	}

	/** Whether {@code at} lies within the rows. */
	public boolean covers(double at) {
		return at >= first() && at <= last();
	}

	/** L, M and S at {@code at}, which must lie within the rows. */
	public Lms at(double at) {
		if (!covers(at)) {
			throw new IllegalArgumentException(at + " lies outside " + first() + "–" + last());
		}
		if (at <= linearUntil) {
			int i = 0;
			while (i < x.length - 2 && x[i + 1] < at) {
				i++;
			}
			double t = x[i + 1] == x[i] ? 0 : (at - x[i]) / (x[i + 1] - x[i]);
			return new Lms(l[i] + t * (l[i + 1] - l[i]), m[i] + t * (m[i + 1] - m[i]), s[i] + t * (s[i + 1] - s[i]));
		}
		double position = axis(at);
		return new Lms(splineL.value(position), splineM.value(position), splineS.value(position));
	}

	/** One row of a table: its x (days or cm) and its L, M and S. */
	record Knot(double x, Lms lms) {
	}
}
