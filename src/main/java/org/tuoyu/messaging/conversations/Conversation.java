package org.tuoyu.messaging.conversations;

import java.util.UUID;

/**
 * A thread as its participants list it.
 *
 * @param id the thread
 * @param kind about a child, or with one guardian account
 * @param institutionId the institution
 * @param institutionName its name
 * @param childId the child, for a child's thread
 * @param guardianAccountId the guardian, for a guardian's thread
 * @param title the child's name, or the guardian's
 * @param last the latest message, {@code null} before the first
 * @param unread the messages from the other side the viewer has not read
 */
public record Conversation(UUID id, ConversationKind kind, UUID institutionId, String institutionName, UUID childId,
		UUID guardianAccountId, String title, Preview last, long unread) {
}
