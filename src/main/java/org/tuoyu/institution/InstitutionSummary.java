package org.tuoyu.institution;

/**
 * An institution with its places (sum of class capacities) and sites count, for lists.
 */
public record InstitutionSummary(Institution institution, int places, int sites, String streetName) {
}
