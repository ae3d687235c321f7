package org.tuoyu.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit tier in double-random draws: each institution's current tier gives its factor by
 * {@code tuoyu.supervision.credit.draw-factor}; an institution without events has the initial tier.
 */
@Component
class CreditRiskSignal implements RiskSignal {

	private final CreditRows rows;

	private final CreditPolicy policy;

	CreditRiskSignal(CreditRows rows, CreditPolicy policy) {
		this.rows = rows;
		this.policy = policy;
	}

	@Override
	public String name() {
		return "credit";
	}

	/** The current tiers: the ledger keeps no past tiers per day, so {@code asOf} is the draw's day, today. */
	@Override
	@Transactional(readOnly = true)
	public Map<UUID, BigDecimal> factors(Collection<UUID> institutionIds, LocalDate asOf) {
		Map<UUID, CreditRows.Score> scores = rows.scores(institutionIds);
		BigDecimal initial = policy.drawFactor(policy.tier(policy.initialScore()));
		Map<UUID, BigDecimal> factors = new HashMap<>();
		for (UUID id : institutionIds) {
			CreditRows.Score score = scores.get(id);
			factors.put(id, score == null ? initial : policy.drawFactor(score.tier()));
		}
		return factors;
	}
}
