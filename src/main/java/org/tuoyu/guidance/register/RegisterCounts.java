package org.tuoyu.guidance.register;

/**
 * The register of an area in figures.
 *
 * @param active children in the register now (the denominator of the guidance indicators)
 * @param homeCared active children without a place at an institution
 * @param enrolled active children holding a place at an institution
 * @param left children who left the register (moved away, turned 3, deceased, duplicates)
 */
public record RegisterCounts(long active, long homeCared, long enrolled, long left) {
}
