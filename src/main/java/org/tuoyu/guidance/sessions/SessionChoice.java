package org.tuoyu.guidance.sessions;

/**
 * A session a family may book for a child, with how near and how fitting it is.
 *
 * @param session the session
 * @param nearness 0 in the child's community, 1 in its street, 2 elsewhere in the commission's area
 * @param suitsAge whether the topic's age band fits the child's age on the session's day
 * @param booking the child's booking of it, if any
 */
public record SessionChoice(GuidanceSession session, int nearness, boolean suitsAge, BookingStatus booking) {

	/** The message key of how near it is. */
	public String nearnessKey() {
		return "guidance.sessions.nearness." + nearness;
	}
}
