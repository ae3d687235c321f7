package org.tuoyu.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tuoyu.supervision.InspectionSettings;

/** The {@code findings} risk signal: institutions with recent findings are drawn more often. */
@Component
@Order(2)
public class FindingsRiskSignal implements RiskSignal {

	private final InspectionRows rows;

	private final InspectionSettings settings;

	FindingsRiskSignal(InspectionRows rows, InspectionSettings settings) {
		this.rows = rows;
		this.settings = settings;
	}

	@Override
	public String name() {
		return "findings";
	}

	@Override
	public Map<UUID, BigDecimal> factors(Collection<UUID> institutionIds, LocalDate asOf) {
		Map<UUID, BigDecimal> factors = new HashMap<>();
		LocalDate since = asOf.minusMonths(settings.risk().months());
		for (InspectionRows.FindingCounts counts : rows.findingCounts(List.copyOf(institutionIds), since, asOf)) {
			factors.put(counts.institutionId(), FindingsRiskPolicy.factor(counts.minor(), counts.serious(), settings.risk()));
		}
		return factors;
	}
}
