package org.tuoyu.messaging.moments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.tuoyu.messaging.files.PhotoCleaner;
import org.tuoyu.messaging.files.PhotoCleaner.Format;
import org.tuoyu.messaging.files.Upload;
import org.tuoyu.platform.BusinessRuleException;

/**
 * What a moment may be, before anything is looked up: photos or a note (not neither), a note of at most
 * {@value #MAX_NOTE} characters once trimmed, 1 to {@value #MAX_CHILDREN} tagged children, at most the
 * configured number of photos, each at most the configured size and JPEG or PNG as recognised from its
 * first bytes (HEIC is named and refused; the name and declared type are the sender's word).
 */
final class MomentPolicy {

	/** The longest note, in characters. */
	static final int MAX_NOTE = 500;

	/** The most children one moment tags. */
	static final int MAX_CHILDREN = 60;

	private final long maxPhotoBytes;

	private final int maxPhotos;

	MomentPolicy(long maxPhotoBytes, int maxPhotos) {
		this.maxPhotoBytes = maxPhotoBytes;
		this.maxPhotos = maxPhotos;
	}

	/** A moment that passed the checks: the note to keep (or none), the distinct children, the photos. */
	record Checked(String note, List<UUID> childIds, List<Upload> photos) {
	}

	/**
	 * The moment to keep, or the reason it is refused (nothing is written).
	 *
	 * @throws BusinessRuleException naming the field
	 */
	Checked check(List<UUID> childIds, String note, List<Upload> photos) {
		List<Upload> uploads = photos == null ? List.of() : photos.stream().filter(Objects::nonNull).toList();
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() && uploads.isEmpty()) {
			throw new BusinessRuleException("photos", "messaging.moments.empty");
		}
		int length = text.codePointCount(0, text.length());
		if (length > MAX_NOTE) {
			throw new BusinessRuleException("note", "messaging.moments.note.tooLong", MAX_NOTE, length);
		}
		List<UUID> children = new ArrayList<>(
				new LinkedHashSet<>(childIds == null ? List.of() : childIds.stream().filter(Objects::nonNull).toList()));
		if (children.isEmpty()) {
			throw new BusinessRuleException("childIds", "messaging.moments.children.required");
		}
		if (children.size() > MAX_CHILDREN) {
			throw new BusinessRuleException("childIds", "messaging.moments.children.tooMany", MAX_CHILDREN);
		}
		if (uploads.size() > maxPhotos) {
			throw new BusinessRuleException("photos", "messaging.moments.photo.tooMany", maxPhotos);
		}
		for (Upload photo : uploads) {
			String name = name(photo);
			if (photo.content().length > maxPhotoBytes) {
				throw new BusinessRuleException("photos", "messaging.moments.photo.tooLarge", name,
						Math.max(1, maxPhotoBytes / (1024 * 1024)));
			}
			Format format = PhotoCleaner.recognise(photo.content())
				.orElseThrow(() -> new BusinessRuleException("photos", "messaging.moments.photo.type", name));
			if (format == Format.HEIC) {
				throw new BusinessRuleException("photos", "messaging.moments.photo.heic", name);
			}
		}
		return new Checked(text.isEmpty() ? null : text, List.copyOf(children), uploads);
	}

	/** The reason a photo could not be cleaned, as a broken rule naming it. */
	static BusinessRuleException refused(Upload photo, PhotoCleaner.PhotoRefused refused) {
		String key = switch (refused.problem()) {
			case NOT_A_PHOTO -> "messaging.moments.photo.type";
			case HEIC -> "messaging.moments.photo.heic";
			case TOO_MANY_PIXELS -> "messaging.moments.photo.tooManyPixels";
			case UNREADABLE -> "messaging.moments.photo.unreadable";
		};
		return new BusinessRuleException("photos", key, name(photo));
	}

	private static String name(Upload photo) {
		return photo.fileName() == null || photo.fileName().isBlank() ? "" : photo.fileName();
	}
}
