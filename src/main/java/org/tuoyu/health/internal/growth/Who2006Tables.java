package org.tuoyu.health.internal.growth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tuoyu.shared.Sex;

/**
 * The WHO Child Growth Standards' tables as shipped in {@code classpath:growth/who2006/} (rows by
 * week, month or 0.5 cm, copied from jsgrowup 0.8.0; see the NOTICE there) and the curves through
 * them that give L, M and S at any day of age or length. Loaded once; immutable and thread-safe.
 *
 * <p>How the curves run, chosen by measuring against WHO's tables by day (docs/decisions.md): the
 * weekly rows for the first 13 weeks (day = week × 7), then the monthly rows from the first month
 * more than a week past them (month 4; day = month × 30.4375), each of L, M and S on a natural
 * cubic spline. Length/height, BMI and head circumference run straight between the rows of the
 * first two weeks, as WHO's own daily tables do; weight-for-age's spline runs on age^0.35 from birth,
 * which follows WHO's curve through the first days where a spline on age itself bends too late.
 */
public final class Who2006Tables {

	/** Days in a month of the standards (365.25 / 12). */
	public static final double DAYS_PER_MONTH = 30.4375;

	private static final String LOCATION = "/growth/who2006/";

	/** The tables, each with the shape of its curve. */
	public enum Table {

		WEIGHT_FOR_AGE("weight-for-age.tsv", 0, 0.35),
		LENGTH_FOR_AGE("length-for-age.tsv", 14, 1),
		HEIGHT_FOR_AGE("height-for-age.tsv", 0, 1),
		BMI_FOR_AGE_LYING("bmi-for-age.lying.tsv", 14, 1),
		BMI_FOR_AGE_STANDING("bmi-for-age.standing.tsv", 0, 1),
		HEAD_CIRCUMFERENCE_FOR_AGE("head-circumference-for-age.tsv", 14, 1),
		WEIGHT_FOR_LENGTH("weight-for-length.tsv", 0, 1),
		WEIGHT_FOR_HEIGHT("weight-for-height.tsv", 0, 1);

		private final String file;

		private final double straightSpan;

		private final double power;

		/**
		 * @param straightSpan how far from the first row (days) the curve runs straight
		 * @param power the spline's axis: x^power
		 */
		Table(String file, double straightSpan, double power) {
			this.file = file;
			this.straightSpan = straightSpan;
			this.power = power;
		}
	}

	/** One row as written in the file: the sex, its unit (week, month, cm), x in that unit, L, M, S. */
	public record Row(Sex sex, String unit, double x, Lms lms) {

		/** The row's x in days (weeks × 7, months × 30.4375) or in cm. */
		public double position() {
			return switch (unit) {
				case "week" -> x * 7;
				case "month" -> x * DAYS_PER_MONTH;
				default -> x;
			};
		}
	}

	private final Map<Table, Map<Sex, List<Row>>> rows = new EnumMap<>(Table.class);

	private final Map<Table, Map<Sex, LmsCurve>> curves = new EnumMap<>(Table.class);

	private Who2006Tables() {
		for (Table table : Table.values()) {
			Map<Sex, List<Row>> bySex = new EnumMap<>(Sex.class);
			Map<Sex, LmsCurve> curveBySex = new EnumMap<>(Sex.class);
			List<Row> all = read(table.file);
			for (Sex sex : Sex.values()) {
				List<Row> own = all.stream().filter(row -> row.sex() == sex).toList();
				bySex.put(sex, own);
				curveBySex.put(sex, new LmsCurve(knots(own), table.straightSpan, table.power));
			}
			rows.put(table, bySex);
			curves.put(table, curveBySex);
		}
	}

	/** Reads the tables from the class path. */
	public static Who2006Tables load() {
		return new Who2006Tables();
	}

	/** The curve of a table for one sex. */
	public LmsCurve curve(Table table, Sex sex) {
		return curves.get(table).get(sex);
	}

	/** The rows of a table for one sex as written in its file, the ones the curve skips included. */
	public List<Row> rows(Table table, Sex sex) {
		return rows.get(table).get(sex);
	}

	/**
	 * The rows a curve runs through: every weekly row, then the monthly rows more than a week past
	 * the last weekly one (months 0 to 3 repeat the weekly range, month 3 only 0.3 days after week
	 * 13, which would kink the curve), or the rows by length as they are.
	 */
	private static List<LmsCurve.Knot> knots(List<Row> rows) {
		double lastWeekly = rows.stream()
			.filter(row -> row.unit().equals("week"))
			.mapToDouble(Row::position)
			.max()
			.orElse(Double.NEGATIVE_INFINITY);
		List<LmsCurve.Knot> knots = new ArrayList<>();
		for (Row row : rows) {
			if (row.unit().equals("month") && row.position() <= lastWeekly + 7) {
				continue;
			}
			knots.add(new LmsCurve.Knot(row.position(), row.lms()));
		}
		knots.sort(java.util.Comparator.comparingDouble(LmsCurve.Knot::x));
		return knots;
	}

	private static List<Row> read(String file) {
		List<Row> result = new ArrayList<>();
		try (InputStream in = Who2006Tables.class.getResourceAsStream(LOCATION + file)) {
			if (in == null) {
				throw new IllegalStateException("Growth table missing from the class path: " + LOCATION + file);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			boolean header = true;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] cells = line.split("\t");
				result.add(new Row(Sex.valueOf(cells[0]), cells[1], Double.parseDouble(cells[2]),
						new Lms(Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), Double.parseDouble(cells[5]))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read growth table " + file, ex);
		}
		return result;
	}
}
