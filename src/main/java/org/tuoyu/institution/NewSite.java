package org.tuoyu.institution;

import java.math.BigDecimal;

/**
 * A site to add: address, street division, GCJ-02 coordinates, floor of the children's rooms and
 * indoor area (m²), and optionally its community/village.
 */
public record NewSite(String name, String address, String divisionCode, BigDecimal latitude, BigDecimal longitude,
		Integer roomFloor, BigDecimal indoorArea, String communityCode) {
}
