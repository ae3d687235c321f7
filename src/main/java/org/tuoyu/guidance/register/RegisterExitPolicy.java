package org.tuoyu.guidance.register;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.tuoyu.platform.BusinessRuleException;

/**
 * An officer takes a child out of the register only as moved away, deceased or a duplicate, with
 * a reason in words and the day it happened: not in the future, not before the child was born.
 * Turning 3 is the daily job's, never an officer's.
 */
final class RegisterExitPolicy {

	static final int MAX_REASON = 200;

	private static final Set<RegisterStatus> BY_OFFICERS = EnumSet.of(RegisterStatus.MOVED_AWAY, RegisterStatus.DECEASED,
			RegisterStatus.DUPLICATE);

	private RegisterExitPolicy() {
	}

	/**
	 * Whether an officer may put a child back in the register: only an exit an officer made (moved
	 * away, deceased, duplicate), and only while the child is still young enough for the register.
	 */
	static void checkReinstatement(RegisterStatus status, boolean agedOut) {
		if (status == RegisterStatus.ACTIVE) {
			throw new BusinessRuleException(null, "guidance.register.reinstate.active");
		}
		if (!BY_OFFICERS.contains(status) || agedOut) {
			throw new BusinessRuleException(null, "guidance.register.reinstate.agedOut");
		}
	}

	/** The exit with its reason trimmed, or the rule it breaks. */
	static RegisterExit check(RegisterExit exit, LocalDate birthDate, LocalDate today) {
		if (exit.status() == null || !BY_OFFICERS.contains(exit.status())) {
			throw new BusinessRuleException("status", "guidance.register.exit.status");
		}
		String reason = exit.reason() == null ? "" : exit.reason().strip();
		if (reason.isEmpty()) {
			throw new BusinessRuleException("reason", "guidance.register.field.required");
		}
		if (reason.length() > MAX_REASON) {
			throw new BusinessRuleException("reason", "guidance.register.exit.reasonTooLong", MAX_REASON);
		}
		if (exit.date() == null) {
			throw new BusinessRuleException("date", "guidance.register.field.required");
		}
		if (exit.date().isAfter(today)) {
			throw new BusinessRuleException("date", "guidance.register.exit.future");
		}
		if (exit.date().isBefore(birthDate)) {
			throw new BusinessRuleException("date", "guidance.register.exit.beforeBirth");
		}
		return new RegisterExit(exit.status(), reason, exit.date());
	}
}
