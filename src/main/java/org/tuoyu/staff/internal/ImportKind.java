package org.tuoyu.staff.internal;

/**
 * What an upload imports. Its prefix names the audit actions ({@code <prefix>.check},
 * {@code <prefix>.confirm}) and the messages that differ by kind ({@code <prefix>.noRows}).
 */
public enum ImportKind {

	/** Hires. */
	STAFF("staff.import"),

	/** Training records of current staff. */
	TRAINING("staff.training.import");

	private final String prefix;

	ImportKind(String prefix) {
		this.prefix = prefix;
	}

	/** The audit action of a step of the import: {@code check} or {@code confirm}. */
	public String auditAction(String step) {
		return prefix + "." + step;
	}

	/** The message key of a file without data rows. */
	public String noRowsProblem() {
		return prefix + ".noRows";
	}
}
