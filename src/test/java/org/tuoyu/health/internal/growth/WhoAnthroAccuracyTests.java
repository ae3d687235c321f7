package org.tuoyu.health.internal.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.internal.growth.Who2006Tables.Table;
import org.tuoyu.shared.Sex;

/**
 * The engine against WHO's own expanded tables by day of age (and by 0.1 cm), the ones WHO's anthro
 * software reads: for every sex, every day from birth to 1,826 days (every 0.1 cm of the length
 * tables), the z-scores of the measurements on WHO's −4.5, −3, −2, −1, 0, 1, 2, 3 and 4.5 SD lines
 * of that day must come out within 0.01 from 30 days and within 0.05 before.
 *
 * <p>WHO's tables are not part of the project (test-only data, never copied in): they are read from
 * {@code ../shared/data/who-anthro} beside the checkout, from an ancestor folder's
 * {@code shared/data/who-anthro}, or from the folder named by the system property or environment
 * variable {@code tuoyu.who-anthro} / {@code TUOYU_WHO_ANTHRO}. Without them the test is skipped with
 * a message.
 */
class WhoAnthroAccuracyTests {

	static final double FROM_30_DAYS = 0.01;

	static final double BEFORE_30_DAYS = 0.05;

	static final double[] SD_LINES = { -4.5, -3, -2, -1, 0, 1, 2, 3, 4.5 };

	static final Who2006Tables tables = Who2006Tables.load();

	/** The indicators by age: WHO's file, and the table of the engine for a day. */
	enum ByAge {

		WEIGHT_FOR_AGE("weianthro.txt", GrowthIndicator.WEIGHT_FOR_AGE, day -> Table.WEIGHT_FOR_AGE),
		LENGTH_HEIGHT_FOR_AGE("lenanthro.txt", GrowthIndicator.LENGTH_FOR_AGE,
				day -> day < WhoGrowthStandard.STANDING_FROM_DAY ? Table.LENGTH_FOR_AGE : Table.HEIGHT_FOR_AGE),
		BMI_FOR_AGE("bmianthro.txt", GrowthIndicator.BMI_FOR_AGE,
				day -> day < WhoGrowthStandard.STANDING_FROM_DAY ? Table.BMI_FOR_AGE_LYING : Table.BMI_FOR_AGE_STANDING),
		HEAD_CIRCUMFERENCE_FOR_AGE("hcanthro.txt", GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE,
				day -> Table.HEAD_CIRCUMFERENCE_FOR_AGE);

		final String file;

		final GrowthIndicator indicator;

		final IntFunction<Table> table;

		ByAge(String file, GrowthIndicator indicator, IntFunction<Table> table) {
			this.file = file;
			this.indicator = indicator;
			this.table = table;
		}
	}

	/** The indicators by length: WHO's file and the engine's table. */
	enum ByLength {

		WEIGHT_FOR_LENGTH("wflanthro.txt", Table.WEIGHT_FOR_LENGTH),
		WEIGHT_FOR_HEIGHT("wfhanthro.txt", Table.WEIGHT_FOR_HEIGHT);

		final String file;

		final Table table;

		ByLength(String file, Table table) {
			this.file = file;
			this.table = table;
		}
	}

	@ParameterizedTest
	@EnumSource(ByAge.class)
	void byDayOfAgeTheEngineAgreesWithWhoAnthro(ByAge indicator) throws IOException {
		Path folder = whoAnthroFolder();
		for (Sex sex : Sex.values()) {
			double[] worst = new double[3];
			int[] worstDay = new int[3];
			int days = 0;
			for (WhoRow row : read(folder.resolve(indicator.file), sex)) {
				int day = (int) row.x();
				Lms engine = tables.curve(indicator.table.apply(day), sex).at(day);
				double error = worstError(indicator.indicator, row.lms(), engine);
				int band = day < 7 ? 0 : day < 30 ? 1 : 2;
				if (error > worst[band]) {
					worst[band] = error;
					worstDay[band] = day;
				}
				days++;
			}
			System.out.printf(Locale.ROOT, "%s %s: %d days; max |Δz| days 0-6 %.4f (day %d), 7-29 %.4f (day %d), 30-1826 %.4f (day %d)%n",
					indicator, sex, days, worst[0], worstDay[0], worst[1], worstDay[1], worst[2], worstDay[2]);
			assertThat(days).isEqualTo(WhoGrowthStandard.LAST_DAY + 1);
			assertThat(worst[2]).as("%s %s from 30 days (day %d)", indicator, sex, worstDay[2]).isLessThanOrEqualTo(FROM_30_DAYS);
			assertThat(worst[1]).as("%s %s from 7 days (day %d)", indicator, sex, worstDay[1]).isLessThanOrEqualTo(BEFORE_30_DAYS);
			assertThat(worst[0]).as("%s %s before 7 days (day %d)", indicator, sex, worstDay[0]).isLessThanOrEqualTo(BEFORE_30_DAYS);
		}
	}

	@ParameterizedTest
	@EnumSource(ByLength.class)
	void byLengthTheEngineAgreesWithWhoAnthro(ByLength indicator) throws IOException {
		Path folder = whoAnthroFolder();
		for (Sex sex : Sex.values()) {
			double worst = 0;
			double worstAt = 0;
			int rows = 0;
			for (WhoRow row : read(folder.resolve(indicator.file), sex)) {
				Lms engine = tables.curve(indicator.table, sex).at(row.x());
				double error = worstError(GrowthIndicator.WEIGHT_FOR_LENGTH, row.lms(), engine);
				if (error > worst) {
					worst = error;
					worstAt = row.x();
				}
				rows++;
			}
			System.out.printf(Locale.ROOT, "%s %s: %d lengths; max |Δz| %.4f (%.1f cm)%n", indicator, sex, rows, worst, worstAt);
			assertThat(rows).isGreaterThan(500);
			assertThat(worst).as("%s %s (%.1f cm)", indicator, sex, worstAt).isLessThanOrEqualTo(FROM_30_DAYS);
		}
	}

	/**
	 * The largest difference between the z-score WHO's row gives a measurement on one of its SD lines
	 * and the one the engine gives it, computed as the engine does for the indicator.
	 */
	static double worstError(GrowthIndicator indicator, Lms who, Lms engine) {
		double worst = 0;
		for (double sdLine : SD_LINES) {
			double measurement = onLine(indicator, who, sdLine);
			double z = indicator.adjustedBeyondThree() ? engine.adjustedZ(measurement) : engine.z(measurement);
			worst = Math.max(worst, Math.abs(z - sdLine));
		}
		return worst;
	}

	/** The measurement WHO's row puts on an SD line, beyond ±3 the adjusted way where it applies. */
	static double onLine(GrowthIndicator indicator, Lms lms, double sdLine) {
		if (!indicator.adjustedBeyondThree() || Math.abs(sdLine) <= 3) {
			return lms.measurementAt(sdLine);
		}
		double sign = Math.signum(sdLine);
		double sd3 = lms.measurementAt(3 * sign);
		double step = sd3 - lms.measurementAt(2 * sign);
		return sd3 + (Math.abs(sdLine) - 3) * step;
	}

	record WhoRow(double x, Lms lms) {
	}

	static List<WhoRow> read(Path file, Sex sex) throws IOException {
		String code = sex == Sex.MALE ? "1" : "2";
		List<WhoRow> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			String[] cells = line.split("\t");
			if (cells[0].equals(code)) {
				rows.add(new WhoRow(Double.parseDouble(cells[1]), new Lms(Double.parseDouble(cells[2]),
						Double.parseDouble(cells[3]), Double.parseDouble(cells[4]))));
			}
		}
		return rows;
	}

	/** WHO's expanded tables, or a skipped test saying where they were looked for. */
	static Path whoAnthroFolder() {
		List<Path> candidates = new ArrayList<>();
		String configured = System.getProperty("tuoyu.who-anthro", System.getenv("TUOYU_WHO_ANTHRO"));
		if (configured != null && !configured.isBlank()) {
			candidates.add(Path.of(configured));
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			candidates.add(dir.resolve("shared/data/who-anthro"));
		}
		for (Path candidate : candidates) {
			if (Files.isRegularFile(candidate.resolve("weianthro.txt"))) {
				return candidate;
			}
		}
		assumeTrue(false, () -> "WHO's expanded growth tables (weianthro.txt, ...) not found in " + candidates
				+ "; set -Dtuoyu.who-anthro=<folder> to check the engine's accuracy against them");
		return null;
	}
}
