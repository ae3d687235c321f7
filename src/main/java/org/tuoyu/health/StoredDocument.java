package org.tuoyu.health;

/** A stored health document (examination report or vaccination certificate) and its content type. */
public record StoredDocument(byte[] content, String contentType) {
}
