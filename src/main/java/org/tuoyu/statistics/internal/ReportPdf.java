package org.tuoyu.statistics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tuoyu.platform.web.PdfDocument;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.statistics.Indicator;
import org.tuoyu.statistics.IndicatorCode;
import org.tuoyu.statistics.StatisticsReport;
import org.tuoyu.statistics.StatisticsReport.Area;

/**
 * The statistics report as a printable PDF: a table of indicators for the division and then for
 * each sub-division (one row per indicator, so any number of indicators fits the page), the
 * institution counts, the definitions and the sources.
 */
public final class ReportPdf {

	private ReportPdf() {
	}

	/** The report's document, in the current request's language. */
	public static PdfDocument of(StatisticsReport report, ReportTexts text) {
		Texts texts = text.texts();
		PdfDocument pdf = PdfDocument.titled(text.title(report), text.generated(report));
		List<String> headers = texts.texts("statistics.report.indicator", "statistics.report.value",
				"statistics.report.numerator", "statistics.report.denominator", "statistics.report.target",
				"statistics.report.gap", "statistics.report.met");
		for (Area area : report.areas()) {
			String source = area.indicators().isEmpty() ? "" : text.source(area.indicators().get(0));
			pdf.table(texts.text("statistics.report.area", area.division().name(), area.division().code().value(), source),
					headers, area.indicators().stream().map(i -> row(i, text)).toList(), "—");
		}
		List<String> institutionHeaders = new ArrayList<>(texts.texts("statistics.report.division"));
		institutionHeaders.addAll(text.institutionHeaders());
		pdf.table(texts.text("statistics.report.sheet.institutions"), institutionHeaders,
				report.areas().stream().map(ReportPdf::institutions).toList(), "—");
		Map<String, String> definitions = new LinkedHashMap<>();
		for (IndicatorCode code : IndicatorCode.values()) {
			definitions.put(texts.text(code.messageKey()), text.definition(code));
		}
		pdf.facts(texts.text("statistics.report.sheet.notes"), definitions);
		return pdf.note(String.join(" ", text.sources()));
	}

	private static List<String> row(Indicator indicator, ReportTexts text) {
		IndicatorCode code = indicator.code();
		return List.of(text.texts().text(code.messageKey()), text.value(indicator.value(), code),
				text.number(indicator.numerator()), text.number(indicator.denominator()), text.target(code),
				text.value(indicator.gap(), code), text.met(indicator));
	}

	private static List<String> institutions(Area area) {
		List<String> row = new ArrayList<>(List.of(area.division().name()));
		ReportTexts.institutionCounts(area.institutions()).forEach(count -> row.add(String.valueOf(count)));
		return row;
	}
}
