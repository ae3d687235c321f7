package org.tuoyu.supervision.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.supervision.CreditTier;

/**
 * The credit tier in double-random draws: each institution's tier at the end of the draw's day (after
 * the last event recorded by then) gives its factor by {@code tuoyu.supervision.credit.draw-factor};
 * an institution without events by then has the initial tier.
 */
@Component
@Order(1)
class CreditRiskSignal implements RiskSignal {

	private final CreditRows rows;

	private final CreditPolicy policy;

	private final Clock clock;

	CreditRiskSignal(CreditRows rows, CreditPolicy policy, Clock clock) {
		this.rows = rows;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "credit";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, BigDecimal> factors(Collection<UUID> institutionIds, LocalDate asOf) {
		Instant endOfDay = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		Map<UUID, CreditTier> tiers = rows.tiersBefore(institutionIds, endOfDay);
		CreditTier initial = policy.tier(policy.initialScore());
		Map<UUID, BigDecimal> factors = new HashMap<>();
		for (UUID id : institutionIds) {
			factors.put(id, policy.drawFactor(tiers.getOrDefault(id, initial)));
		}
		return factors;
	}
}
