package org.tuoyu.staff;

/** A stored file of the staff record, a certificate scan or a photo, with its content type. */
public record StaffFile(byte[] content, String contentType) {
}
