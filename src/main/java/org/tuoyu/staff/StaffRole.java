package org.tuoyu.staff;

/** What a person does at an institution. */
public enum StaffRole {

	/** 负责人 */
	HEAD,
	/** 保育人员 */
	CAREGIVER,
	/** 保健人员 */
	HEALTH_WORKER,
	/** 教师 */
	TEACHER,
	/** 保安 */
	SECURITY,
	/** 炊事 */
	COOK,
	/** 其他 */
	OTHER;

	public String messageKey() {
		return "staff.role." + name();
	}
}
