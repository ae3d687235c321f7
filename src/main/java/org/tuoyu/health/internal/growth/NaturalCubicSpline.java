package org.tuoyu.health.internal.growth;

import java.util.Arrays;

/**
 * The natural cubic spline through a set of points: the smooth curve (continuous first and second
 * derivatives) that passes through every point and is straight at both ends. Immutable.
 */
final class NaturalCubicSpline {

	private final double[] x;

	private final double[] y;

	/** Second derivatives at the points. */
	private final double[] curvature;

	NaturalCubicSpline(double[] x, double[] y) {
		if (x.length != y.length || x.length < 2) {
			throw new IllegalArgumentException("A spline needs at least two points, as many x as y");
		}
		for (int i = 1; i < x.length; i++) {
			if (!(x[i] > x[i - 1])) {
				throw new IllegalArgumentException("x must increase strictly, not at " + x[i]);
			}
		}
		this.x = x.clone();
		this.y = y.clone();
		this.curvature = curvatures(this.x, this.y);
	}

	/** Solves the tridiagonal system of the spline's second derivatives, zero at both ends. */
	private static double[] curvatures(double[] x, double[] y) {
		int n = x.length;
		double[] result = new double[n];
		if (n < 3) {
			return result;
		}
		double[] diagonal = new double[n];
		double[] rhs = new double[n];
		for (int i = 1; i < n - 1; i++) {
			double left = x[i] - x[i - 1];
			double right = x[i + 1] - x[i];
			diagonal[i] = 2 * (left + right);
			rhs[i] = 6 * ((y[i + 1] - y[i]) / right - (y[i] - y[i - 1]) / left);
		}
		// Forward elimination; the off-diagonal entries are the interval widths.
		for (int i = 2; i < n - 1; i++) {
			double factor = (x[i] - x[i - 1]) / diagonal[i - 1];
			diagonal[i] -= factor * (x[i] - x[i - 1]);
			rhs[i] -= factor * rhs[i - 1];
		}
		for (int i = n - 2; i >= 1; i--) {
			result[i] = (rhs[i] - (x[i + 1] - x[i]) * result[i + 1]) / diagonal[i];
		}
		return result;
	}

	double first() {
		return x[0];
	}

	double last() {
		return x[x.length - 1];
	}

	/** The curve's value at {@code at}, which must lie between the first and the last point. */
	double value(double at) {
		if (at < x[0] || at > x[x.length - 1]) {
			throw new IllegalArgumentException(at + " lies outside " + x[0] + "–" + x[x.length - 1]);
		}
		int found = Arrays.binarySearch(x, at);
		if (found >= 0) {
			return y[found];
		}
		int i = -found - 2;
		double width = x[i + 1] - x[i];
		double a = (x[i + 1] - at) / width;
		double b = 1 - a;
		return a * y[i] + b * y[i + 1]
				+ ((a * a * a - a) * curvature[i] + (b * b * b - b) * curvature[i + 1]) * width * width / 6;
	}
}
