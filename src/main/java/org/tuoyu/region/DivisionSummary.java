package org.tuoyu.region;

/**
 * A division with its latest known resident population and how many divisions it contains.
 *
 * @param division the division
 * @param residents the latest resident population, or {@code null} when unknown
 * @param populationYear the year of {@code residents}
 * @param childCount the number of direct sub-divisions
 */
public record DivisionSummary(Division division, Long residents, Integer populationYear, int childCount) {
}
