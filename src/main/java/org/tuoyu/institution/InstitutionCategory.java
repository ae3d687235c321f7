package org.tuoyu.institution;

/**
 * Kind of provider: 独立托育机构, 幼儿园托班, 用人单位办托, 社区托育点, 家庭托育点.
 */
public enum InstitutionCategory {

	STANDALONE, KINDERGARTEN_CLASS, EMPLOYER, COMMUNITY_SITE, FAMILY_POINT;

	/** The message key of the display name. */
	public String messageKey() {
		return "institution.category." + name();
	}
}
