package org.tuoyu.supervision.internal;

import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.DocumentFormat;
import org.tuoyu.supervision.InspectionSettings;

/**
 * Evidence photos are JPEG or PNG, recognised by their first bytes (never by name or declared
 * type), no larger than the configured size, and at most the configured number per item or answer.
 */
public final class InspectionPhotoPolicy {

	private InspectionPhotoPolicy() {
	}

	/** The photo's real content type; throws when it is missing, too large, not an image or one too many. */
	public static String check(byte[] content, int alreadyStored, InspectionSettings settings) {
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("photo", "supervision.inspection.photo.required");
		}
		if (content.length > settings.photoMaxSize().toBytes()) {
			throw new BusinessRuleException("photo", "supervision.inspection.photo.tooLarge",
					settings.photoMaxSize().toMegabytes());
		}
		String type = DocumentFormat.detect(content)
			.filter(t -> t.startsWith("image/"))
			.orElseThrow(() -> new BusinessRuleException("photo", "supervision.inspection.photo.format"));
		if (alreadyStored >= settings.photosPerItem()) {
			throw new BusinessRuleException("photo", "supervision.inspection.photo.tooMany", settings.photosPerItem());
		}
		return type;
	}
}
