package org.tuoyu.health;

/** The kind of a health examination: the admission check (入托体检) or a periodic one (定期体检). */
public enum ExaminationKind {

	ADMISSION, PERIODIC;

	public String messageKey() {
		return "health.examination.kind." + name();
	}
}
