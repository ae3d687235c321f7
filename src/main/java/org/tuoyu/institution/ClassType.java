package org.tuoyu.institution;

/**
 * Class type (DOMAIN §2): 乳儿班 6–12 months, 托小班 12–24, 托大班 24–36, 混合班 18+, 家庭托育点 under 36.
 */
public enum ClassType {

	INFANT, TODDLER, OLDER_TODDLER, MIXED, FAMILY_POINT;

	/** The message key of the display name. */
	public String messageKey() {
		return "institution.classType." + name();
	}
}
