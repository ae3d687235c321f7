package org.tuoyu.region;

import java.math.BigDecimal;

/**
 * A figure the plan states for a year before the platform's own data, e.g. places in 2021.
 */
public record BaselineFigure(String divisionCode, int year, String code, BigDecimal value, String source) {
}
