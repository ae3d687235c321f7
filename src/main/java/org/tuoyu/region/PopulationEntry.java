package org.tuoyu.region;

/**
 * The resident population of one division in one year.
 */
public record PopulationEntry(String divisionCode, int year, long residents, String source) {
}
