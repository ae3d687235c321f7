package org.tuoyu.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * One source of risk that raises or lowers an institution's weight in a double-random draw: its
 * credit tier, its past findings, its upheld complaints. A draw multiplies the base weight of each
 * candidate by every signal's factor and freezes the result in the draw's published inputs, so
 * verifying a draw never needs the signals again. Signals are listed (plan form, published
 * parameters) in their {@code @Order}.
 */
public interface RiskSignal {

	/** A short stable name shown beside the factor in the draw's inputs, e.g. {@code credit}. */
	String name();

	/**
	 * The factor of each institution as of a day: 1 is neutral, above 1 raises the chance of being
	 * drawn, below 1 lowers it; never negative. An institution missing from the map has factor 1.
	 */
	Map<UUID, BigDecimal> factors(Collection<UUID> institutionIds, LocalDate asOf);
}
