package org.tuoyu.shared;

import java.util.Optional;

/** Level of a statistical division code, from province down to community or village. */
public enum DivisionLevel {
	PROVINCE(2),
	CITY(4),
	COUNTY(6),
	STREET(9),
	COMMUNITY(12);

	private final int codeLength;

	DivisionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	/** Returns the number of digits of a code at this level. */
	public int codeLength() {
		return codeLength;
	}

	/** Returns the level whose codes have the given length, if any. */
	public static Optional<DivisionLevel> ofCodeLength(int length) {
		for (DivisionLevel level : values()) {
			if (level.codeLength == length) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}
}
