package org.tuoyu.statistics;

import java.math.BigDecimal;

/**
 * The plan's indicators (DOMAIN §4) with their unit and the 2025 target of DOMAIN §1 (null where
 * the plan sets none).
 */
public enum IndicatorCode {

	/** Filed places in operating institutions ÷ resident population × 1000 (托位数/千人). */
	PLACES_PER_1000(Unit.PER_1000, new BigDecimal("4.5")),
	/** Inclusive places ÷ all places (普惠托位占比). */
	INCLUSIVE_SHARE(Unit.PERCENT, new BigDecimal("70")),
	/** Streets/towns with an operating inclusive institution ÷ all streets/towns (街道普惠覆盖率). */
	STREET_INCLUSIVE_COVERAGE(Unit.PERCENT, new BigDecimal("100")),
	/** Counties with an operating demonstration institution ÷ all counties (区县示范机构覆盖率). */
	COUNTY_DEMONSTRATION_COVERAGE(Unit.PERCENT, new BigDecimal("100")),
	/** Counties with an operating public institution ÷ all counties (区县公办机构覆盖率). */
	COUNTY_PUBLIC_COVERAGE(Unit.PERCENT, new BigDecimal("100")),
	/** Children placed now ÷ places (托位使用率). */
	OCCUPANCY(Unit.PERCENT, null);

	/** How a value is expressed. */
	public enum Unit {
		PER_1000, PERCENT
	}

	private final Unit unit;

	private final BigDecimal target;

	IndicatorCode(Unit unit, BigDecimal target) {
		this.unit = unit;
		this.target = target;
	}

	public Unit unit() {
		return unit;
	}

	/** The plan's 2025 target, or null. */
	public BigDecimal target() {
		return target;
	}

	public String messageKey() {
		return "statistics.indicator." + name();
	}
}
