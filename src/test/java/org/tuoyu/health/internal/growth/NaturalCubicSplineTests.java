package org.tuoyu.health.internal.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NaturalCubicSplineTests {

	@Test
	void passesThroughEveryPoint() {
		double[] x = { 0, 1, 2.5, 4, 7 };
		double[] y = { 1, 3, 2, 5, 4 };
		NaturalCubicSpline spline = new NaturalCubicSpline(x, y);
		for (int i = 0; i < x.length; i++) {
			assertThat(spline.value(x[i])).isEqualTo(y[i]);
		}
	}

	@Test
	void aStraightLineStaysStraight() {
		NaturalCubicSpline spline = new NaturalCubicSpline(new double[] { 0, 1, 3, 6 }, new double[] { 2, 4, 8, 14 });
		assertThat(spline.value(0.5)).isCloseTo(3, within(1e-12));
		assertThat(spline.value(4.2)).isCloseTo(10.4, within(1e-12));
	}

	@Test
	void followsASmoothCurveClosely() {
		double[] x = new double[21];
		double[] y = new double[21];
		for (int i = 0; i < x.length; i++) {
			x[i] = i * 0.1 * Math.PI;
			y[i] = Math.sin(x[i]);
		}
		NaturalCubicSpline spline = new NaturalCubicSpline(x, y);
		// sin'' is 0 at 0 and 2π, so the natural ends are exact and the middle is within h⁴ terms.
		for (double at = 0; at <= 2 * Math.PI; at += 0.01) {
			assertThat(spline.value(at)).isCloseTo(Math.sin(at), within(1e-4));
		}
	}

	@Test
	void twoPointsMakeALine() {
		NaturalCubicSpline spline = new NaturalCubicSpline(new double[] { 1, 3 }, new double[] { 10, 20 });
		assertThat(spline.value(2)).isEqualTo(15);
	}

	@Test
	void refusesPointsOutOfOrderAndValuesOutsideThePoints() {
		assertThatThrownBy(() -> new NaturalCubicSpline(new double[] { 0, 2, 2 }, new double[] { 1, 2, 3 }))
			.isInstanceOf(IllegalArgumentException.class);
		NaturalCubicSpline spline = new NaturalCubicSpline(new double[] { 0, 1, 2 }, new double[] { 0, 1, 0 });
		assertThatThrownBy(() -> spline.value(2.01)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> spline.value(-0.01)).isInstanceOf(IllegalArgumentException.class);
	}
}
