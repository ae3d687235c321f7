package org.tuoyu.family;

/** A guardian's relation to the child. */
public enum Relation {

	MOTHER, FATHER, GRANDPARENT, OTHER;

	public String messageKey() {
		return "family.relation." + name();
	}
}
