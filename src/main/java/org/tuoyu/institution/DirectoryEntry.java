package org.tuoyu.institution;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One institution found near a point: its nearest site and the straight-line distance to it.
 */
public record DirectoryEntry(UUID id, String name, InstitutionCategory category, boolean inclusive,
		DemonstrationLevel demonstrationLevel, int distanceM, BigDecimal lat, BigDecimal lng, String siteName,
		String address, int places, BigDecimal monthlyFeeFrom) {
}
