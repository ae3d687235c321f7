package org.tuoyu.attendance;

/** Why a child stays away: illness (with symptoms) or leave. */
public enum AbsenceReason {

	ILLNESS, LEAVE;

	public String messageKey() {
		return "attendance.absence." + name();
	}
}
