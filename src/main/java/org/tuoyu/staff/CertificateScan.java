package org.tuoyu.staff;

/** The scanned copy of a certificate and its content type (PDF, JPEG or PNG). */
public record CertificateScan(byte[] content, String contentType) {
}
