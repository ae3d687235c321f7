package org.tuoyu.supervision.internal;

import java.util.List;

import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.ComplaintSettings;

/**
 * Which photos a complaint may carry: at most {@link ComplaintSettings#maxPhotos()}, each at most
 * {@link ComplaintSettings#maxPhotoSize()}, and each a JPEG or PNG by its magic bytes (the name
 * and declared type are the sender's word, the bytes are not).
 */
public final class ComplaintPhotoPolicy {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final ComplaintSettings settings;

	public ComplaintPhotoPolicy(ComplaintSettings settings) {
		this.settings = settings;
	}

	/** The content types of the photos, in order; fails on the first photo the rules refuse. */
	public List<String> check(List<byte[]> photos) {
		if (photos.size() > settings.maxPhotos()) {
			throw new BusinessRuleException("photos", "supervision.complaint.photos.tooMany", settings.maxPhotos());
		}
		return photos.stream().map(this::contentType).toList();
	}

	private String contentType(byte[] photo) {
		if (photo.length > settings.maxPhotoSize().toBytes()) {
			throw new BusinessRuleException("photos", "supervision.complaint.photos.tooLarge",
					settings.maxPhotoSize().toMegabytes());
		}
		if (startsWith(photo, JPEG)) {
			return "image/jpeg";
		}
		if (startsWith(photo, PNG)) {
			return "image/png";
		}
		throw new BusinessRuleException("photos", "supervision.complaint.photos.type");
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
