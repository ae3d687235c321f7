package org.tuoyu.health;

/** A symptom on the daily check list; {@link #OTHER} comes with a note. */
public enum Symptom {

	FEVER, COUGH, RASH, DIARRHOEA, VOMITING, MOUTH_HAND_BLISTERS, EYE_REDNESS, OTHER;

	public String messageKey() {
		return "health.symptom." + name();
	}
}
