package org.tuoyu.health.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.tuoyu.health.GrowthClassification;
import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.GrowthRecord;
import org.tuoyu.health.GrowthReferencePoint;
import org.tuoyu.health.GrowthStandards;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.RecordedMeasurement;
import org.tuoyu.health.ZScore;

/**
 * One growth chart as SVG geometry, computed on the server (no scripts): the WHO −3, −2, 0, +2
 * and +3 SD lines over the range shown, the axes with their ticks and the child's measurements as
 * points. Coordinates are in the SVG's own units ({@value #WIDTH} × {@value #HEIGHT}).
 *
 * @param indicator what the chart shows
 * @param basis for weight-for-length/height: which table ({@code LYING}: by length); else {@code null}
 * @param xLabelKey message key of the x axis label
 * @param yLabelKey message key of the y axis label
 * @param lines the SD lines, lowest first
 * @param xTicks ticks of the x axis
 * @param yTicks ticks of the y axis
 * @param points the child's measurements
 */
record GrowthChart(GrowthIndicator indicator, LengthMethod basis, String xLabelKey, String yLabelKey, List<Line> lines,
		List<Tick> xTicks, List<Tick> yTicks, List<Point> points) {

	static final int WIDTH = 640;

	static final int HEIGHT = 400;

	static final int LEFT = 56;

	static final int RIGHT = 612;

	static final int TOP = 16;

	static final int BOTTOM = 350;

	private static final double DAYS_PER_MONTH = 30.4375;

	private static final String[] SD_NAMES = { "−3", "−2", "0", "+2", "+3" };

	private static final String[] SD_CLASSES = { "growth-sd3", "growth-sd2", "growth-median", "growth-sd2", "growth-sd3" };

	/** An SD line: its SVG path, CSS class and label at its right end. */
	record Line(String path, String cssClass, String label, double labelX, double labelY) {
	}

	/** A tick: where it sits along its axis and its label. */
	record Tick(double at, String label) {
	}

	/**
	 * A measurement on the chart, with its tooltip; {@code flagged} when its z-score is outside the
	 * normal range or implausible.
	 */
	record Point(double cx, double cy, String title, boolean flagged) {
	}

	/** The chart's element id. */
	public String id() {
		return "growth-chart-" + indicator.name();
	}

	/** The charts of a child's record, one per indicator; weight-for-length/height by the newest measurement's age. */
	static List<GrowthChart> of(GrowthRecord record, GrowthStandards standards) {
		int lastAge = record.latest().map(RecordedMeasurement::ageDays).orElse(0);
		int months = lastAge < 335 ? 12 : lastAge < 700 ? 24 : 60;
		List<GrowthChart> charts = new ArrayList<>();
		for (GrowthIndicator indicator : GrowthIndicator.values()) {
			charts.add(indicator == GrowthIndicator.WEIGHT_FOR_LENGTH
					? byLength(record, standards, lastAge < 731 ? LengthMethod.LYING : LengthMethod.STANDING)
					: byAge(record, standards, indicator, months));
		}
		return charts;
	}

	private static GrowthChart byAge(GrowthRecord record, GrowthStandards standards, GrowthIndicator indicator, int months) {
		double lastDay = Math.min(months * DAYS_PER_MONTH, 1826);
		List<GrowthReferencePoint> reference = standards.referenceLines(indicator, record.sex(), null, 0, lastDay,
				months * 4);
		List<double[]> values = new ArrayList<>();
		for (RecordedMeasurement m : record.measurements()) {
			ZScore z = m.assessment().of(indicator).orElse(null);
			if (z != null && m.ageDays() <= lastDay) {
				values.add(new double[] { m.ageDays(), z.measurement(), flagged(z) ? 1 : 0, m.measuredOn().toEpochDay() });
			}
		}
		int monthStep = months == 12 ? 1 : months == 24 ? 2 : 6;
		List<Tick> xTicks = new ArrayList<>();
		for (int month = 0; month <= months; month += monthStep) {
			xTicks.add(new Tick(month * DAYS_PER_MONTH, String.valueOf(month)));
		}
		String yLabel = switch (indicator) {
			case WEIGHT_FOR_AGE -> "growth.chart.axis.weight";
			case LENGTH_FOR_AGE -> "growth.chart.axis.length";
			case BMI_FOR_AGE -> "growth.chart.axis.bmi";
			default -> "growth.chart.axis.head";
		};
		return build(indicator, null, "growth.chart.axis.ageMonths", yLabel, reference, values, 0, lastDay, xTicks);
	}

	private static GrowthChart byLength(GrowthRecord record, GrowthStandards standards, LengthMethod basis) {
		double first = basis == LengthMethod.LYING ? 45 : 65;
		double last = basis == LengthMethod.LYING ? 110 : 120;
		List<double[]> values = new ArrayList<>();
		for (RecordedMeasurement m : record.measurements()) {
			ZScore z = m.assessment().weightForLength();
			ZScore length = m.assessment().lengthForAge();
			if (z != null && length != null && z.lengthBasis() == basis) {
				values.add(new double[] { length.measurement(), z.measurement(), flagged(z) ? 1 : 0,
						m.measuredOn().toEpochDay() });
			}
		}
		if (!values.isEmpty()) {
			double low = values.stream().mapToDouble(v -> v[0]).min().orElseThrow();
			double high = values.stream().mapToDouble(v -> v[0]).max().orElseThrow();
			first = Math.max(first, Math.floor((low - 10) / 5) * 5);
			last = Math.min(last, Math.ceil((high + 10) / 5) * 5);
		}
		List<GrowthReferencePoint> reference = standards.referenceLines(GrowthIndicator.WEIGHT_FOR_LENGTH, record.sex(),
				basis, first, last, (int) ((last - first) * 2));
		List<Tick> xTicks = new ArrayList<>();
		double step = last - first > 40 ? 10 : 5;
		for (double cm = Math.ceil(first / step) * step; cm <= last; cm += step) {
			xTicks.add(new Tick(cm, number(cm)));
		}
		return build(GrowthIndicator.WEIGHT_FOR_LENGTH, basis, "growth.chart.axis.lengthCm", "growth.chart.axis.weight",
				reference, values, first, last, xTicks);
	}

	private static boolean flagged(ZScore z) {
		return z.implausible() || z.classification() != GrowthClassification.NORMAL;
	}

	/**
	 * @param values per measurement: x, y, 1 if flagged, the day of measurement (epoch day)
	 */
	private static GrowthChart build(GrowthIndicator indicator, LengthMethod basis, String xLabel, String yLabel,
			List<GrowthReferencePoint> reference, List<double[]> values, double xFirst, double xLast, List<Tick> xTicks) {
		double yLow = reference.stream().mapToDouble(GrowthReferencePoint::minus3).min().orElse(0);
		double yHigh = reference.stream().mapToDouble(GrowthReferencePoint::plus3).max().orElse(1);
		for (double[] v : values) {
			yLow = Math.min(yLow, v[1]);
			yHigh = Math.max(yHigh, v[1]);
		}
		double yStep = niceStep((yHigh - yLow) / 6);
		double yMin = Math.floor(yLow / yStep) * yStep;
		double yMax = Math.ceil(yHigh / yStep) * yStep;
		Scale x = new Scale(xFirst, xLast, LEFT, RIGHT);
		Scale y = new Scale(yMin, yMax, BOTTOM, TOP);
		List<Line> lines = new ArrayList<>();
		List<ToDoubleFunction<GrowthReferencePoint>> sd = List.of(GrowthReferencePoint::minus3,
				GrowthReferencePoint::minus2, GrowthReferencePoint::median, GrowthReferencePoint::plus2,
				GrowthReferencePoint::plus3);
		for (int k = 0; k < sd.size() && !reference.isEmpty(); k++) {
			StringBuilder path = new StringBuilder();
			for (GrowthReferencePoint p : reference) {
				path.append(path.isEmpty() ? "M" : " L").append(fixed(x.at(p.x()))).append(' ')
					.append(fixed(y.at(sd.get(k).applyAsDouble(p))));
			}
			GrowthReferencePoint end = reference.get(reference.size() - 1);
			lines.add(new Line(path.toString(), SD_CLASSES[k], SD_NAMES[k], x.at(end.x()) + 3,
					y.at(sd.get(k).applyAsDouble(end)) + 4));
		}
		List<Tick> yTicks = new ArrayList<>();
		for (double v = yMin; v <= yMax + yStep / 2; v += yStep) {
			yTicks.add(new Tick(y.at(v), number(v)));
		}
		List<Tick> xs = xTicks.stream().map(t -> new Tick(x.at(t.at()), t.label())).toList();
		List<Point> points = values.stream()
			.map(v -> new Point(x.at(v[0]), y.at(v[1]),
					LocalDate.ofEpochDay((long) v[3]) + " · " + number(v[1]), v[2] == 1))
			.toList();
		return new GrowthChart(indicator, basis, xLabel, yLabel, lines, xs, yTicks, points);
	}

	/** The smallest of 1, 2 or 5 × a power of ten at least {@code raw}. */
	static double niceStep(double raw) {
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double factor : new double[] { 1, 2, 5, 10 }) {
			if (factor * power >= raw) {
				return factor * power;
			}
		}
		return 10 * power;
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static String fixed(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** A linear map from data to SVG units. */
	private record Scale(double from, double to, double start, double end) {

		double at(double value) {
			return start + (value - from) / (to - from) * (end - start);
		}
	}
}
