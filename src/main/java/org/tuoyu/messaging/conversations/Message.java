package org.tuoyu.messaging.conversations;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A message as a participant sees it. A withdrawn message keeps its place, sender and time, without
 * its text or photos.
 *
 * @param id the message
 * @param position its place in the thread (increasing)
 * @param senderName who wrote it
 * @param side the side it was written from
 * @param text the text, {@code null} when withdrawn or a photo-only message
 * @param photos the photos, none when withdrawn
 * @param sentAt when it was sent
 * @param withdrawn whether the sender withdrew it
 * @param read whether someone on the other side has read it (read receipt)
 * @param mine whether the viewer wrote it
 * @param withdrawableUntil until when the viewer may still withdraw it, {@code null} when they may not
 * @param heldUntil for a guardian's message outside office hours: the opening the staff are told at
 */
public record Message(UUID id, long position, String senderName, Side side, String text, List<Photo> photos,
		OffsetDateTime sentAt, boolean withdrawn, boolean read, boolean mine, OffsetDateTime withdrawableUntil,
		OffsetDateTime heldUntil) {
}
