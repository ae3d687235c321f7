package org.tuoyu.guidance.learning;

/**
 * An uploaded course video.
 *
 * @param sha256 the SHA-256 of the content, which names its file
 * @param size its size in bytes
 * @param fileName the name it was uploaded with, for display only
 */
public record CourseVideo(String sha256, long size, String fileName) {
}
