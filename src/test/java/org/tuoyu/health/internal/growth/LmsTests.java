package org.tuoyu.health.internal.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LmsTests {

	/** Boys' weight-for-age at birth (WHO: L 0.3487, M 3.3464, S 0.14602). */
	static final Lms BOYS_WEIGHT_AT_BIRTH = new Lms(0.3487, 3.3464, 0.14602);

	@Test
	void theMedianIsZeroAndTheSdLinesAreTheirZ() {
		assertThat(BOYS_WEIGHT_AT_BIRTH.z(3.3464)).isCloseTo(0, within(1e-12));
		for (double z : new double[] { -3, -2, -1, 1, 2, 3 }) {
			assertThat(BOYS_WEIGHT_AT_BIRTH.z(BOYS_WEIGHT_AT_BIRTH.measurementAt(z))).isCloseTo(z, within(1e-12));
		}
		// WHO's SD lines at birth, 4 decimals (its printed table: 2.1, 2.5, 3.3, 4.4, 5.0)
		assertThat(BOYS_WEIGHT_AT_BIRTH.measurementAt(-3)).isCloseTo(2.0803, within(5e-5));
		assertThat(BOYS_WEIGHT_AT_BIRTH.measurementAt(2)).isCloseTo(4.4194, within(5e-5));
	}

	@Test
	void withLOneTheZIsTheDistanceInStandardDeviations() {
		Lms girlsLengthAtBirth = new Lms(1, 49.1477, 0.0379);
		double sd = 49.1477 * 0.0379;
		assertThat(girlsLengthAtBirth.z(49.1477 + 2.5 * sd)).isCloseTo(2.5, within(1e-12));
		assertThat(girlsLengthAtBirth.z(40)).isCloseTo((40 - 49.1477) / sd, within(1e-12));
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0, 1e-12, -1e-12, 1e-8, -1e-8, 9.9e-8, -9.9e-8 })
	void withLCloseToZeroTheZIsTheLogarithm(double l) {
		Lms lms = new Lms(l, 6.4, 0.124);
		for (double y : new double[] { 3.9, 5.2, 6.4, 8.1, 9.7 }) {
			assertThat(lms.z(y)).isEqualTo(Math.log(y / 6.4) / 0.124);
			assertThat(lms.measurementAt(Math.log(y / 6.4) / 0.124)).isCloseTo(y, within(1e-12));
		}
	}

	@Test
	void justBeyondTheCutTheFormulaMeetsTheLogarithm() {
		// Either side of |L| = 1e-7 the two ways agree far below the 0.005 a z-score is rounded to.
		for (double l : new double[] { 1.01e-7, -1.01e-7, 1e-6, -1e-6, 1e-4, -1e-4 }) {
			Lms lms = new Lms(l, 6.4, 0.124);
			for (double y : new double[] { 3.9, 5.2, 8.1, 9.7 }) {
				double logarithm = Math.log(y / 6.4) / 0.124;
				assertThat(lms.z(y)).isCloseTo(logarithm, within(Math.abs(l) * 2));
				assertThat(lms.z(y)).isCloseTo(((Math.pow(y / 6.4, l) - 1) / (l * 0.124)), within(1e-6));
			}
		}
	}

	@Test
	void aboveThreeTheAdjustedZCountsStepsBetweenTheTwoAndThreeSdLines() {
		double sd2 = 4.41935; // M(1 + L·S·2)^(1/L)
		double sd3 = 5.03064;
		double expected = 3 + (6.0 - sd3) / (sd3 - sd2); // 4.5858
		assertThat(BOYS_WEIGHT_AT_BIRTH.adjustedZ(6.0)).isCloseTo(expected, within(1e-4)).isCloseTo(4.5858, within(1e-4));
		// the plain LMS z-score of 6.0 kg would be 4.43
		assertThat(BOYS_WEIGHT_AT_BIRTH.z(6.0)).isCloseTo(4.4347, within(1e-4));
	}

	@Test
	void belowMinusThreeTheAdjustedZCountsStepsBetweenTheMinusTwoAndMinusThreeSdLines() {
		double sd2neg = 2.45931;
		double sd3neg = 2.08031;
		double expected = -3 + (1.5 - sd3neg) / (sd2neg - sd3neg); // −4.5311
		assertThat(BOYS_WEIGHT_AT_BIRTH.adjustedZ(1.5)).isCloseTo(expected, within(1e-4)).isCloseTo(-4.5311, within(1e-4));
		assertThat(BOYS_WEIGHT_AT_BIRTH.z(1.5)).isCloseTo(-4.7934, within(1e-4));
	}

	@Test
	void withinThreeTheAdjustedZIsThePlainOne() {
		for (double y : new double[] { 2.1, 2.5, 3.3, 4.4, 5.0 }) {
			assertThat(BOYS_WEIGHT_AT_BIRTH.adjustedZ(y)).isEqualTo(BOYS_WEIGHT_AT_BIRTH.z(y));
		}
	}
}
