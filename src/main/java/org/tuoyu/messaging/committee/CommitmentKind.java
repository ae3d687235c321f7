package org.tuoyu.messaging.committee;

/** What an institution publishes for everyone to read: 规章制度, 服务承诺, 收费说明. */
public enum CommitmentKind {

	HOUSE_RULES, SERVICE_COMMITMENTS, FEE_NOTES;

	public String messageKey() {
		return "messaging.committee.commitment." + name();
	}
}
