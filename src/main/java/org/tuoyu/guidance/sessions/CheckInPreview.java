package org.tuoyu.guidance.sessions;

import java.util.List;

/**
 * What a valid QR code checks in: the session and the guardian's children booked for it.
 *
 * @param session the session
 * @param childNames the children who will be checked in
 */
public record CheckInPreview(GuidanceSession session, List<String> childNames) {
}
