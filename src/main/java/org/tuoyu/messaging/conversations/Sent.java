package org.tuoyu.messaging.conversations;

import java.time.OffsetDateTime;

/**
 * A message just sent.
 *
 * @param message the message
 * @param expectedAnswerFrom when a guardian wrote outside office hours: the next opening, from when
 *        to expect an answer; otherwise {@code null}
 */
public record Sent(Message message, OffsetDateTime expectedAnswerFrom) {
}
