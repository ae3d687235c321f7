package org.tuoyu.supervision.internal;

import java.math.BigDecimal;

import org.tuoyu.supervision.InspectionSettings;

/** The draw weight factor from an institution's recent findings: 1 + per-finding increments, capped. */
public final class FindingsRiskPolicy {

	private FindingsRiskPolicy() {
	}

	public static BigDecimal factor(int minor, int serious, InspectionSettings.Risk risk) {
		BigDecimal factor = BigDecimal.ONE.add(risk.perMinor().multiply(BigDecimal.valueOf(minor)))
			.add(risk.perSerious().multiply(BigDecimal.valueOf(serious)));
		return factor.min(risk.cap());
	}
}
