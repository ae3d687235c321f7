package org.tuoyu.staff;

/** Highest education, lowest first. */
public enum Education {

	/** 高中及以下 */
	HIGH_SCHOOL,
	/** 中专 */
	SECONDARY_VOCATIONAL,
	/** 大专 */
	COLLEGE,
	/** 本科 */
	BACHELOR,
	/** 研究生 */
	POSTGRADUATE;

	public String messageKey() {
		return "staff.education." + name();
	}
}
