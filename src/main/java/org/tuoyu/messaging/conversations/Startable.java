package org.tuoyu.messaging.conversations;

import java.util.List;
import java.util.UUID;

/**
 * Whom a user may start a conversation with.
 *
 * @param children children placed now whom the user may write about, by name
 * @param guardians guardians of the institution's children an administrator may write to, by name
 */
public record Startable(List<Child> children, List<Guardian> guardians) {

	/**
	 * A child placed now.
	 *
	 * @param childId the child
	 * @param name its name
	 * @param institutionName where it is placed
	 * @param className its class
	 * @param threadId its thread at that institution, if there is one yet
	 */
	public record Child(UUID childId, String name, String institutionName, String className, UUID threadId) {
	}

	/**
	 * A guardian of a child placed at the institution.
	 *
	 * @param accountId the guardian's account
	 * @param name the guardian's name
	 * @param childName the child (the first, if several)
	 * @param threadId the guardian's thread with the institution, if there is one yet
	 */
	public record Guardian(UUID accountId, String name, String childName, UUID threadId) {
	}
}
