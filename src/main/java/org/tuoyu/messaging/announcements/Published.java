package org.tuoyu.messaging.announcements;

import java.util.UUID;

/** A published announcement, with the families and guardian accounts it went to. */
public record Published(UUID id, int families, int guardians) {
}
