package org.tuoyu.staff;

/** Certificates a staff member may hold. */
public enum CertificateType {

	/** 保育师, with a skill level from 5 (lowest) to 1 */
	CAREGIVER,
	/** 育婴员 */
	INFANT_CARER,
	/** 教师资格证 */
	TEACHER,
	/** 健康证 */
	HEALTH,
	/** 无犯罪记录证明 */
	NO_CRIMINAL_RECORD,
	/** 保安员证 */
	SECURITY_GUARD,
	/** 急救 */
	FIRST_AID,
	OTHER;

	public String messageKey() {
		return "staff.certificate." + name();
	}

	/** Whether the certificate carries a skill level (保育师 5–1). */
	public boolean levelled() {
		return this == CAREGIVER;
	}
}
