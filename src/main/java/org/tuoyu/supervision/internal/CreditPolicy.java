package org.tuoyu.supervision.internal;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.tuoyu.supervision.CreditEventKind;
import org.tuoyu.supervision.CreditRules;
import org.tuoyu.supervision.CreditTier;

/**
 * How credit events move the score and what tier and draw factor a score gives, by the configured
 * {@link CreditRules}.
 */
@Component
public class CreditPolicy {

	private final CreditRules rules;

	public CreditPolicy(CreditRules rules) {
		this.rules = rules;
	}

	/** The points an event of a kind is worth; {@code count} findings for the finding kinds, else 1. */
	public int points(CreditEventKind kind, int count) {
		return rules.points().getOrDefault(kind, 0) * count;
	}

	/** The score after adding {@code points}, kept within the configured range. */
	public int scoreAfter(int score, int points) {
		return Math.max(rules.minScore(), Math.min(rules.maxScore(), score + points));
	}

	/** The tier of a score: the first tier (best first) whose lowest score it reaches, else the last. */
	public CreditTier tier(int score) {
		for (CreditTier tier : CreditTier.values()) {
			Integer from = rules.tierFrom().get(tier);
			if (from != null && score >= from) {
				return tier;
			}
		}
		return CreditTier.values()[CreditTier.values().length - 1];
	}

	/** The factor of a tier in double-random draws; 1 when not configured. */
	public BigDecimal drawFactor(CreditTier tier) {
		return rules.drawFactor().getOrDefault(tier, BigDecimal.ONE);
	}

	public CreditRules rules() {
		return rules;
	}

	/** The score of an institution without events. */
	public int initialScore() {
		return rules.initialScore();
	}
}
