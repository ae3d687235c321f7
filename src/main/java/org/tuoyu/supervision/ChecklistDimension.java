package org.tuoyu.supervision;

/**
 * The seven dimensions of WS/T 821-2023 under which checklist items are grouped: 办托条件, 托育队伍,
 * 保育照护, 卫生保健, 养育支持, 安全保障, 机构管理.
 */
public enum ChecklistDimension {

	CONDITIONS, STAFF, CARE, HEALTH_CARE, PARENTING_SUPPORT, SAFETY, MANAGEMENT;

	/** The message key of the display name. */
	public String messageKey() {
		return "supervision.checklist.dimension." + name();
	}
}
