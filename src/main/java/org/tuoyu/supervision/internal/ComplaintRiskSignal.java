package org.tuoyu.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.supervision.ComplaintSettings;

/**
 * The draw's {@code complaints} signal: institutions with complaints upheld in the last months are
 * drawn more often (see {@link ComplaintRiskPolicy}).
 */
@Component
@Order(3)
class ComplaintRiskSignal implements RiskSignal {

	private final ComplaintRows rows;

	private final ComplaintSettings settings;

	private final ComplaintRiskPolicy policy;

	ComplaintRiskSignal(ComplaintRows rows, ComplaintSettings settings) {
		this.rows = rows;
		this.settings = settings;
		this.policy = new ComplaintRiskPolicy(settings);
	}

	@Override
	public String name() {
		return "complaints";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, BigDecimal> factors(Collection<UUID> institutionIds, LocalDate asOf) {
		Map<UUID, BigDecimal> factors = new HashMap<>();
		rows.upheldCounts(institutionIds, asOf.minusMonths(settings.riskMonths()), asOf)
			.forEach((institution, upheld) -> factors.put(institution, policy.factor(upheld)));
		return factors;
	}
}
