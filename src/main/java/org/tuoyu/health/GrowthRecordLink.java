package org.tuoyu.health;

import java.util.List;

/**
 * A line on a child's growth record that leads elsewhere, e.g. “成长瞬间 12 条（照片 30 张）”.
 *
 * @param messageKey the message key of the text
 * @param arguments its arguments, e.g. counts
 * @param href the application path it links to
 */
public record GrowthRecordLink(String messageKey, List<Object> arguments, String href) {

	/** The arguments as the message source takes them. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
