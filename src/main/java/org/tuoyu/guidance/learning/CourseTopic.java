package org.tuoyu.guidance.learning;

/** What a course is about, from the parenting-guidance curriculum. */
public enum CourseTopic {

	/** 喂养 */
	FEEDING,
	/** 睡眠 */
	SLEEP,
	/** 语言 */
	LANGUAGE,
	/** 动作 */
	MOVEMENT,
	/** 安全 */
	SAFETY,
	/** 情绪与社会性 */
	EMOTIONS,
	/** 常见疾病 */
	ILLNESS,
	/** 其他 */
	OTHER;

	/** The message key of the topic's name. */
	public String messageKey() {
		return "guidance.learning.topic." + name();
	}
}
