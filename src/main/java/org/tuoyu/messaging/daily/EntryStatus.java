package org.tuoyu.messaging.daily;

/** Whether an entry stands, was replaced by a correction, or was withdrawn by its author. */
public enum EntryStatus {

	/** 有效 */
	ACTIVE,
	/** 已更正 */
	CORRECTED,
	/** 已撤回 */
	WITHDRAWN;

	public String messageKey() {
		return "messaging.daily.status." + name();
	}
}
