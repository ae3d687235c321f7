package org.tuoyu.health.web;

import org.tuoyu.health.GrowthClassification;
import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.ZScore;
import org.tuoyu.platform.web.Texts;

/**
 * One indicator's result in the JSON API.
 *
 * @param label the indicator's name in the request's language
 * @param classificationLabel the finding in the request's language
 * @param measurement what was compared: kg, cm after the ±0.7 cm correction, kg/m² or cm
 */
record IndicatorResult(GrowthIndicator indicator, String label, double z, GrowthClassification classification,
		String classificationLabel, boolean implausible, double measurement, LengthMethod lengthBasis, String standard,
		String tables) {

	/** The result of a z-score with its texts, {@code null} for none. */
	static IndicatorResult of(ZScore score, Texts texts) {
		if (score == null) {
			return null;
		}
		return new IndicatorResult(score.indicator(), texts.text(score.indicator().messageKey()), score.z(),
				score.classification(), texts.text(score.classification().messageKey()), score.implausible(),
				score.measurement(), score.lengthBasis(), score.standard(), score.tables());
	}
}
