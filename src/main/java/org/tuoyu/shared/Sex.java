package org.tuoyu.shared;

/** Sex as recorded on a resident identity card. */
public enum Sex {
	MALE,
	FEMALE
}
