package org.tuoyu.guidance.register;

/**
 * The register's figures of one division below the area being looked at (a district, street or
 * community).
 *
 * @param code the division's code
 * @param name the division's name
 * @param counts its figures
 */
public record AreaCount(String code, String name, RegisterCounts counts) {
}
