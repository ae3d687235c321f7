package org.tuoyu.statistics.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.statistics.Indicator;
import org.tuoyu.statistics.IndicatorCode;
import org.tuoyu.statistics.StatisticsReport;

/** The words and formatted figures of the statistics report, shared by its Excel and PDF forms. */
@Component
public class ReportTexts {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Texts texts;

	ReportTexts(Texts texts) {
		this.texts = texts;
	}

	public Texts texts() {
		return texts;
	}

	/** E.g. 无锡市梁溪区 2026年 托育服务统计报表. */
	public String title(StatisticsReport report) {
		return texts.text("statistics.report.title", report.title(), String.valueOf(report.year()));
	}

	/** When and by whom (role and unit) the report was made. */
	public String generated(StatisticsReport report) {
		return texts.text("statistics.report.generated", report.generatedAt().format(MINUTE),
				texts.text(report.role().messageKey()), report.unit());
	}

	/** The indicator's name with its 2025 target, if it has one. */
	public String heading(IndicatorCode code) {
		String name = texts.text(code.messageKey());
		return code.target() == null ? name : texts.text("statistics.report.heading", name, value(code.target(), code));
	}

	/** Live (实时) or the plan's baseline (规划基数). */
	public String source(Indicator indicator) {
		return texts.text("statistics.report.source." + indicator.source());
	}

	/** Met, not met, or a dash without a value or target. */
	public String met(Indicator indicator) {
		Boolean met = indicator.met();
		return met == null ? "—" : texts.text("statistics.report.met." + met);
	}

	/** The definition (numerator ÷ denominator) of the indicator. */
	public String definition(IndicatorCode code) {
		return texts.text(code.messageKey() + ".definition");
	}

	/** The 2025 target in its unit, or a dash. */
	public String target(IndicatorCode code) {
		return value(code.target(), code);
	}

	/** A value with its unit sign, e.g. 2.88‰ or 60.00%, or a dash. */
	public String value(BigDecimal value, IndicatorCode code) {
		if (value == null) {
			return "—";
		}
		return value.toPlainString() + (code.unit() == IndicatorCode.Unit.PERCENT ? "%" : "‰");
	}

	/** A number without exponent, or a dash. */
	public String number(BigDecimal value) {
		return value == null ? "—" : value.toPlainString();
	}

	/** Where the figures come from, one line each. */
	public List<String> sources() {
		return texts.texts("statistics.report.sources.live", "statistics.report.sources.baseline",
				"statistics.report.sources.institutions", "statistics.report.sources.population");
	}

	/** The headers of the institution counts: all, each category, inclusive, places, enrolled. */
	public List<String> institutionHeaders() {
		List<String> headers = new ArrayList<>(texts.texts("statistics.report.institutions"));
		for (InstitutionCategory category : InstitutionCategory.values()) {
			headers.add(texts.text(category.messageKey()));
		}
		headers.addAll(texts.texts("statistics.report.inclusive", "statistics.report.places", "statistics.report.enrolled"));
		return headers;
	}

	/** The institution counts in the order of {@link #institutionHeaders()}. */
	public static List<Long> institutionCounts(StatisticsReport.Institutions counts) {
		List<Long> values = new ArrayList<>(List.of(counts.total()));
		for (InstitutionCategory category : InstitutionCategory.values()) {
			values.add(counts.byCategory().get(category));
		}
		values.addAll(List.of(counts.inclusive(), counts.places(), counts.enrolled()));
		return values;
	}
}
