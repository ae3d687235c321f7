package org.tuoyu.region;

/**
 * Published after divisions or resident population figures were written (an edit or an import),
 * so that figures derived from them (statistics) are read again.
 *
 * @param divisionCode the division edited, or {@code null} for an import that may touch many
 */
public record RegionDataChanged(String divisionCode) {
}
