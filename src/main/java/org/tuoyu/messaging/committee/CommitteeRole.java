package org.tuoyu.messaging.committee;

/** A member's role on the parents' committee: 主任 (one at a time), 副主任, 委员. */
public enum CommitteeRole {

	CHAIR, VICE_CHAIR, MEMBER;

	public String messageKey() {
		return "messaging.committee.role." + name();
	}
}
