package org.tuoyu.statistics;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One indicator of a division and of each of its sub-divisions (districts of a city, streets of a
 * district; none below a street) for the choropleth, each with its class against the reference
 * (the 2025 target where the plan sets one).
 */
public record StatisticsMapChoropleth(IndicatorCode indicator, int year, IndicatorCode.Unit unit, BigDecimal target,
		BigDecimal reference, List<Band> classes, Area division, List<Area> areas) {

	/** A class of the legend: values from {@code from} (inclusive) to {@code to} (exclusive; null: no bound). */
	public record Band(@JsonProperty("class") int index, BigDecimal from, BigDecimal to) {
	}

	/**
	 * A division with the indicator's value, numerator, denominator, target and class (0 without a
	 * value), and the mean position of its operating sites (null without any).
	 */
	public record Area(String code, String name, String level, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, BigDecimal target, @JsonProperty("class") int valueClass, StatisticsMapPoint centre) {
	}
}
