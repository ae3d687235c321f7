package org.tuoyu.institution;

/**
 * Who owns and runs it: 公办, 民办, 公建民营.
 */
public enum Ownership {

	PUBLIC, PRIVATE, PUBLIC_PRIVATE;

	/** The message key of the display name. */
	public String messageKey() {
		return "institution.ownership." + name();
	}
}
