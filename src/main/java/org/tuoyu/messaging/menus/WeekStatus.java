package org.tuoyu.messaging.menus;

/** Whether a week's menu and plan are a draft (草稿) only the staff see or published (已发布) to the families. */
public enum WeekStatus {

	DRAFT, PUBLISHED;

	public String messageKey() {
		return "messaging.menus.status." + name();
	}
}
