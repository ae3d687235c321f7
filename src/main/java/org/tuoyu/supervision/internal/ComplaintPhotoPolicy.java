package org.tuoyu.supervision.internal;

import java.util.List;

import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.DocumentFormat;
import org.tuoyu.supervision.ComplaintSettings;

/**
 * Which photos a complaint may carry: at most {@link ComplaintSettings#maxPhotos()}, each at most
 * {@link ComplaintSettings#maxPhotoSize()}, and each a JPEG or PNG by its magic bytes (the name
 * and declared type are the sender's word, the bytes are not).
 */
public final class ComplaintPhotoPolicy {

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
		return DocumentFormat.detect(photo)
			.filter(type -> type.startsWith("image/"))
			.orElseThrow(() -> new BusinessRuleException("photos", "supervision.complaint.photos.type"));
	}
}
