package org.tuoyu.institution;

import java.math.BigDecimal;

/**
 * A nearby search: a point (GCJ-02) and a radius, with optional filters.
 *
 * @param latitude the centre's latitude
 * @param longitude the centre's longitude
 * @param radiusMetres straight-line radius; the 15-minute circle by default
 * @param ageMonths only institutions with a class type that takes a child of this age
 * @param inclusiveOnly only inclusive (普惠) institutions
 * @param maxMonthlyFee only institutions whose lowest published fee is at most this
 * @param serviceForm only institutions offering this service form
 * @param demonstrationOnly only demonstration institutions
 */
public record DirectoryQuery(BigDecimal latitude, BigDecimal longitude, Integer radiusMetres, Integer ageMonths,
		boolean inclusiveOnly, BigDecimal maxMonthlyFee, ServiceForm serviceForm, boolean demonstrationOnly) {
}
