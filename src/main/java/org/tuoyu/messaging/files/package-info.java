/**
 * Where the messaging module keeps uploaded files — the photos of conversations and of moments and
 * the moments' thumbnails — and how a photo is cleaned before it is kept.
 *
 * <p>{@link org.tuoyu.messaging.files.FileStorage} is the one storage interface: content-addressed
 * files (the key is the SHA-256 of the content) in named areas ({@code messages}, {@code moments}).
 * By default they are files on disk under the data directory ({@code tuoyu.messaging.files.directory},
 * {@code ./data}): {@code <directory>/<area>/<ab>/<sha256>}.
 *
 * <p><b>Extension point (S3-compatible object storage).</b> A city that keeps files in object storage
 * sets {@code tuoyu.messaging.files.storage} to anything but {@code disk} (e.g. {@code s3}), which
 * turns the disk storage off, and puts one Spring bean implementing {@code FileStorage} on the
 * classpath (an auto-configuration in a jar of its own, with its client library): {@code store}
 * writes the object {@code <area>/<ab>/<sha256>} to its bucket (a PUT of an existing key is harmless:
 * same content), {@code read} gets it or answers empty for a missing key. Nothing else changes: the
 * database keeps only the keys.
 *
 * <p>{@link org.tuoyu.messaging.files.PhotoCleaner} takes JPEG and PNG photos as uploaded and keeps
 * only their pictures: EXIF (GPS position, camera and phone), XMP, IPTC, comments, ICC profiles and
 * embedded previews are dropped, the EXIF orientation is applied to the pixels, and a thumbnail is
 * made. HEIC is recognised and refused (the JDK cannot decode it, so it could be neither checked nor
 * thumbnailed).
 */
package org.tuoyu.messaging.files;
