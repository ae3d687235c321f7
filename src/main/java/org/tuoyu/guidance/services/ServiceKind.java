package org.tuoyu.guidance.services;

/** The kinds of guidance service a child can receive; each counts towards the guidance rate. */
public enum ServiceKind {

	/** 入户指导 */
	HOME_VISIT,
	/** 集体课堂 */
	GROUP_CLASS,
	/** 亲子活动 */
	PARENT_CHILD,
	/** 咨询 */
	CONSULTATION,
	/** 直播互动 */
	LIVE_ONLINE,
	/** 录播课程 */
	RECORDED,
	/** 网上课堂: a course watched to the end and its quiz passed */
	ONLINE_COURSE;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "guidance.service.kind." + name();
	}
}
