package org.tuoyu.supervision;

/** A stored complaint photo with its detected content type. */
public record ComplaintPhoto(byte[] content, String contentType) {
}
