package org.tuoyu.messaging.moments;

import java.util.UUID;

/**
 * A photo of a moment, kept without its metadata.
 *
 * @param id the photo, to show ({@code GET /api/v1/moments/photos/{id}}) or its thumbnail ({@code …/thumbnail})
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param size the size in bytes as kept
 * @param width its width in pixels, upright
 * @param height its height in pixels, upright
 */
public record MomentPhoto(UUID id, String contentType, long size, int width, int height) {
}
