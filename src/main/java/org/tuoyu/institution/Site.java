package org.tuoyu.institution;

import java.math.BigDecimal;
import java.util.UUID;

import org.tuoyu.shared.DivisionCode;

/**
 * A site of an institution: the main site or a community service point (一照多址).
 *
 * @param latitude GCJ-02 latitude, as the map
 * @param longitude GCJ-02 longitude
 * @param roomFloor the floor of the children's rooms (1 = ground floor)
 * @param indoorArea indoor area in square metres
 * @param communityCode the community/village, when known
 */
public record Site(UUID id, UUID institutionId, boolean main, String name, String address, DivisionCode divisionCode,
		BigDecimal latitude, BigDecimal longitude, int roomFloor, BigDecimal indoorArea, DivisionCode communityCode) {
}
