package org.tuoyu.health;

/**
 * What a z-score says about a child's growth (DOMAIN §6, WHO's cut-offs): {@link #NORMAL} between
 * the cut-offs of its indicator, otherwise the finding named by the indicator's cut-off.
 */
public enum GrowthClassification {

	NORMAL,
	/** Length/height-for-age below −2 (生长迟缓). */
	STUNTED,
	/** Length/height-for-age below −3 (重度生长迟缓). */
	SEVERELY_STUNTED,
	/** Weight-for-age below −2 (低体重). */
	UNDERWEIGHT,
	/** Weight-for-age below −3 (重度低体重). */
	SEVERELY_UNDERWEIGHT,
	/** Weight-for-length/height or BMI-for-age below −2 (消瘦). */
	WASTED,
	/** Weight-for-length/height or BMI-for-age below −3 (重度消瘦). */
	SEVERELY_WASTED,
	/** Weight-for-length/height or BMI-for-age above +2 (超重). */
	OVERWEIGHT,
	/** Weight-for-length/height or BMI-for-age above +3 (肥胖). */
	OBESE,
	/** Head circumference-for-age below −2 (头围偏小). */
	SMALL_HEAD,
	/** Head circumference-for-age above +2 (头围偏大). */
	LARGE_HEAD;

	public String messageKey() {
		return "growth.classification." + name();
	}
}
