package org.tuoyu.statistics;

import java.math.BigDecimal;

import org.tuoyu.platform.BusinessRuleException;

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
	OCCUPANCY(Unit.PERCENT, null),
	/**
	 * Communities/villages with a site of an operating institution inside ÷ all communities/villages
	 * (社区托育设施覆盖率); "within reach" is not counted, communities have no coordinates.
	 */
	COMMUNITY_FACILITY_COVERAGE(Unit.PERCENT, new BigDecimal("60")),
	/** Children 0–3 with at least one guidance service in the year ÷ children 0–3 registered (育儿指导率). */
	GUIDANCE_RATE(Unit.PERCENT, new BigDecimal("95")),
	/** Children placed now at operating institutions ÷ children 0–3 ({@link ChildPopulationEstimate}) (入托率). */
	ENROLMENT_RATE(Unit.PERCENT, null),
	/** Staff with valid required certificates ÷ staff of operating institutions (持证上岗率); the plan: everyone. */
	STAFF_CERTIFIED_SHARE(Unit.PERCENT, new BigDecimal("100")),
	/** Trial vouchers redeemed then followed by a placement there ÷ trial vouchers redeemed (体验券转化率). */
	TRIAL_VOUCHER_CONVERSION(Unit.PERCENT, null),
	/**
	 * Home-cared registered children with the year's free guidance sessions (≥ 6) ÷ home-cared
	 * registered children (每年6次免费指导达标率); the plan: every one.
	 */
	SIX_SESSION_SHARE(Unit.PERCENT, new BigDecimal("100")),
	/** Survey respondents scoring at least the pass mark ÷ respondents (科学育儿知识知晓率). */
	AWARENESS_RATE(Unit.PERCENT, new BigDecimal("90")),
	/**
	 * Communities/villages with an operating institution's site or a guidance service received by a
	 * child living there in the year ÷ all communities/villages (社区婴幼儿照护服务覆盖率).
	 */
	COMMUNITY_SERVICE_COVERAGE(Unit.PERCENT, new BigDecimal("100"));

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

	/** The indicator of the code asked for, places per 1,000 without one; an unknown code is refused on {@code indicator}. */
	public static IndicatorCode named(String code) {
		if (code == null || code.isBlank()) {
			return PLACES_PER_1000;
		}
		for (IndicatorCode indicator : values()) {
			if (indicator.name().equals(code.strip())) {
				return indicator;
			}
		}
		throw new BusinessRuleException("indicator", "statistics.indicator.unknown", code.strip());
	}
}
