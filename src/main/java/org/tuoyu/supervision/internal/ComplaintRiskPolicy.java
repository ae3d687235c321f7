package org.tuoyu.supervision.internal;

import java.math.BigDecimal;

import org.tuoyu.supervision.ComplaintSettings;

/**
 * The draw factor from upheld complaints: 1 plus {@link ComplaintSettings#riskStep()} for each one
 * upheld in the counted months, at most {@link ComplaintSettings#riskCap()}.
 */
public final class ComplaintRiskPolicy {

	private final ComplaintSettings settings;

	public ComplaintRiskPolicy(ComplaintSettings settings) {
		this.settings = settings;
	}

	public BigDecimal factor(int upheld) {
		BigDecimal factor = BigDecimal.ONE.add(settings.riskStep().multiply(BigDecimal.valueOf(Math.max(0, upheld))));
		return factor.min(settings.riskCap());
	}
}
