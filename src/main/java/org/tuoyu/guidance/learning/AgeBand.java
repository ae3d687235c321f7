package org.tuoyu.guidance.learning;

/** The age bands parenting topics are written for (0–6, 6–12, 12–24, 24–36 months). */
public enum AgeBand {

	M0_6(0, 6), M6_12(6, 12), M12_24(12, 24), M24_36(24, 36);

	private final int fromMonths;

	private final int toMonths;

	AgeBand(int fromMonths, int toMonths) {
		this.fromMonths = fromMonths;
		this.toMonths = toMonths;
	}

	/** The band of a child aged {@code months} full months, if under 36 months. */
	public static java.util.Optional<AgeBand> ofAge(long months) {
		for (AgeBand band : values()) {
			if (months >= band.fromMonths && months < band.toMonths) {
				return java.util.Optional.of(band);
			}
		}
		return java.util.Optional.empty();
	}

	/** The message key of the band's name. */
	public String messageKey() {
		return "guidance.learning.ageBand." + name();
	}
}
