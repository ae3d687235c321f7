package org.tuoyu.messaging.committee;

/** Where an invitation to the committee stands: invited, accepted (a member), declined, ended by the institution. */
public enum MembershipStatus {

	INVITED, ACCEPTED, DECLINED, ENDED;

	public String messageKey() {
		return "messaging.committee.status." + name();
	}
}
