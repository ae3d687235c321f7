package org.tuoyu.messaging.announcements;

/** Whom an announcement is for: every family of the institution, one class's, or chosen families. */
public enum Audience {

	INSTITUTION, CLASS, FAMILIES
}
