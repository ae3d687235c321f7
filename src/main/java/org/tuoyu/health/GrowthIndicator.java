package org.tuoyu.health;

/**
 * The indicators of the WHO Child Growth Standards the platform evaluates, with their cut-offs
 * (DOMAIN §6) and the bounds beyond which WHO's anthro software flags a z-score as implausible
 * (R package {@code anthro}, {@code anthro_zscores}: length/height-for-age |z| > 6, weight-for-age
 * z < −6 or z > 5, weight-for-length/height, BMI-for-age and head circumference-for-age |z| > 5).
 */
public enum GrowthIndicator {

	/** Weight-for-age (年龄别体重), 0–60 months. */
	WEIGHT_FOR_AGE(-6, 5, true),
	/** Length-for-age under two years, height-for-age from two (年龄别身长/身高), 0–60 months. */
	LENGTH_FOR_AGE(-6, 6, false),
	/**
	 * Weight-for-length (45–110 cm) under two years, weight-for-height (65–120 cm) from two
	 * (身长/身高别体重).
	 */
	WEIGHT_FOR_LENGTH(-5, 5, true),
	/** Body-mass-index-for-age (年龄别BMI), 0–60 months. */
	BMI_FOR_AGE(-5, 5, true),
	/** Head-circumference-for-age (年龄别头围), 0–60 months. */
	HEAD_CIRCUMFERENCE_FOR_AGE(-5, 5, false);

	private final double implausibleBelow;

	private final double implausibleAbove;

	private final boolean adjustedBeyondThree;

	GrowthIndicator(double implausibleBelow, double implausibleAbove, boolean adjustedBeyondThree) {
		this.implausibleBelow = implausibleBelow;
		this.implausibleAbove = implausibleAbove;
		this.adjustedBeyondThree = adjustedBeyondThree;
	}

	/**
	 * Whether a z-score beyond ±3 is measured in the distance between the 2 and 3 SD lines (WHO's
	 * restricted application of the LMS method, for the weight-based indicators) rather than read
	 * off the LMS curve.
	 */
	public boolean adjustedBeyondThree() {
		return adjustedBeyondThree;
	}

	/** Whether a (rounded) z-score lies beyond WHO's plausible bounds: re-measure before using it. */
	public boolean implausible(double z) {
		return z < implausibleBelow || z > implausibleAbove;
	}

	/** The finding a (rounded) z-score gives: strictly below −2 or −3, strictly above +2 or +3. */
	public GrowthClassification classify(double z) {
		return switch (this) {
			case LENGTH_FOR_AGE -> z < -3 ? GrowthClassification.SEVERELY_STUNTED
					: z < -2 ? GrowthClassification.STUNTED : GrowthClassification.NORMAL;
			case WEIGHT_FOR_AGE -> z < -3 ? GrowthClassification.SEVERELY_UNDERWEIGHT
					: z < -2 ? GrowthClassification.UNDERWEIGHT : GrowthClassification.NORMAL;
			case WEIGHT_FOR_LENGTH, BMI_FOR_AGE -> z < -3 ? GrowthClassification.SEVERELY_WASTED
					: z < -2 ? GrowthClassification.WASTED
					: z > 3 ? GrowthClassification.OBESE
					: z > 2 ? GrowthClassification.OVERWEIGHT : GrowthClassification.NORMAL;
			case HEAD_CIRCUMFERENCE_FOR_AGE -> z < -2 ? GrowthClassification.SMALL_HEAD
					: z > 2 ? GrowthClassification.LARGE_HEAD : GrowthClassification.NORMAL;
		};
	}

	public String messageKey() {
		return "growth.indicator." + name();
	}
}
