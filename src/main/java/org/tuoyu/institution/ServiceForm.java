package org.tuoyu.institution;

/**
 * Service form (服务形式): 全日托, 半日托, 计时托, 临时托.
 */
public enum ServiceForm {

	FULL_DAY, HALF_DAY, HOURLY, TEMPORARY;

	/** The message key of the display name. */
	public String messageKey() {
		return "institution.serviceForm." + name();
	}
}
