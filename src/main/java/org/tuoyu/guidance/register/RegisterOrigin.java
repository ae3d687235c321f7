package org.tuoyu.guidance.register;

/** Where the maternal and child health system knew a child of the register from. */
public enum RegisterOrigin {

	/** 新生儿访视 */
	NEWBORN_VISIT,
	/** 出生登记 */
	BIRTH_REGISTRATION;

	/** The message key of the origin's name (also what the import's 来源 column holds). */
	public String messageKey() {
		return "guidance.register.origin." + name();
	}
}
