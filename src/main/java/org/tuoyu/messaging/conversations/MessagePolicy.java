package org.tuoyu.messaging.conversations;

import java.util.ArrayList;
import java.util.List;

import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.DocumentFormat;

/**
 * What a message may carry: text of 1 to 2,000 characters once trimmed (none only when photos come
 * along), and at most the configured number of photos, each JPEG or PNG as recognised from its first
 * bytes (the name and declared type are the sender's word) and at most the configured size.
 */
final class MessagePolicy {

	/** The longest text, in characters. */
	static final int MAX_LENGTH = 2000;

	private final long maxPhotoBytes;

	private final int maxPhotos;

	MessagePolicy(long maxPhotoBytes, int maxPhotos) {
		this.maxPhotoBytes = maxPhotoBytes;
		this.maxPhotos = maxPhotos;
	}

	/** The text to store, trimmed ({@code null} for a photo-only message), or the reason it is refused. */
	static String text(String raw, boolean withPhotos) {
		String text = raw == null ? "" : raw.strip();
		if (text.isEmpty()) {
			if (withPhotos) {
				return null;
			}
			throw new BusinessRuleException("text", "messaging.conversations.text.required");
		}
		int length = text.codePointCount(0, text.length());
		if (length > MAX_LENGTH) {
			throw new BusinessRuleException("text", "messaging.conversations.text.tooLong", MAX_LENGTH, length);
		}
		return text;
	}

	/** The content type of each photo, in order, or the reason one is refused. */
	List<String> photoTypes(List<NewPhoto> photos) {
		if (photos.size() > maxPhotos) {
			throw new BusinessRuleException("photos", "messaging.conversations.photo.tooMany", maxPhotos);
		}
		List<String> types = new ArrayList<>();
		for (NewPhoto photo : photos) {
			String name = photo.fileName() == null || photo.fileName().isBlank() ? "" : photo.fileName();
			if (photo.content().length > maxPhotoBytes) {
				throw new BusinessRuleException("photos", "messaging.conversations.photo.tooLarge", name,
						maxPhotoBytes / (1024 * 1024));
			}
			types.add(DocumentFormat.detect(photo.content())
				.filter(type -> type.startsWith("image/"))
				.orElseThrow(() -> new BusinessRuleException("photos", "messaging.conversations.photo.type", name)));
		}
		return types;
	}
}
