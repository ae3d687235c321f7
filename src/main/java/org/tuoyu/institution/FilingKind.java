package org.tuoyu.institution;

/**
 * What a filing version is for: the first filing, a change of filed data, or a cancellation.
 */
public enum FilingKind {

	INITIAL, CHANGE, CANCELLATION;

	public String messageKey() {
		return "filing.kind." + name();
	}
}
