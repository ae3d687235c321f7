package org.tuoyu.health.internal;

import java.util.Optional;
import java.util.UUID;

import org.tuoyu.health.RecordReach;

/**
 * Who reads which part of a child's health record (成长档案):
 * <ul>
 * <li>the child's guardians: all of it;</li>
 * <li>staff of the institution where the child is placed now, and officers whose area covers it:
 * what was recorded there, and what was recorded elsewhere only while the guardians' consent to
 * pass the record on (转园档案授权) is in force;</li>
 * <li>anyone else, including a former institution after a transfer: nothing (not found).</li>
 * </ul>
 */
public final class RecordReachPolicy {

	private RecordReachPolicy() {
	}

	/**
	 * @param guardian whether the user is one of the child's guardians
	 * @param placedAt the child's current institution, or null when not placed
	 * @param overPlacement whether the user is staff of that institution or an officer covering it
	 * @param sharingConsent whether the record-sharing consent is in force
	 */
	public static Optional<RecordReach> reach(boolean guardian, UUID placedAt, boolean overPlacement,
			boolean sharingConsent) {
		if (guardian) {
			return Optional.of(new RecordReach(true, placedAt));
		}
		return placedAt != null && overPlacement ? Optional.of(new RecordReach(sharingConsent, placedAt))
				: Optional.empty();
	}
}
