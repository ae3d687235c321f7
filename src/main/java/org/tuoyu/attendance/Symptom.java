package org.tuoyu.attendance;

/** Symptoms a guardian reports with an illness absence. */
public enum Symptom {

	FEVER, COUGH, RASH, DIARRHOEA, VOMITING, MOUTH_HAND_BLISTERS, EYE_REDNESS, OTHER;

	public String messageKey() {
		return "attendance.symptom." + name();
	}
}
