package org.tuoyu.messaging.conversations;

/** What a thread is about: one child, or a guardian account (fees and other matters of the family). */
public enum ConversationKind {

	/** Between the child's guardians and the institution: its administrators and the class's caregivers. */
	CHILD,

	/** Between the institution's administrators and one guardian account. */
	GUARDIAN
}
