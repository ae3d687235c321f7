package org.tuoyu.institution;

/**
 * Legal form of the institution (登记类型): 事业单位, 社会服务机构, 企业.
 */
public enum RegistrationType {

	PUBLIC_INSTITUTION, SOCIAL_SERVICE, ENTERPRISE;

	/** The message key of the display name. */
	public String messageKey() {
		return "institution.registrationType." + name();
	}
}
