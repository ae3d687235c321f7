package org.tuoyu.supervision;

import java.util.List;
import java.util.UUID;

/**
 * A complaint as the public submits it; name and phone are optional (anonymous complaints are
 * welcome).
 *
 * @param institutionId the filed institution complained about
 * @param category what it is about
 * @param description what happened (10–2,000 characters by default)
 * @param name the complainant's name, or blank
 * @param phone the complainant's mobile number, or blank
 * @param photos up to three JPEG or PNG photos, as uploaded
 */
public record NewComplaint(UUID institutionId, ComplaintCategory category, String description, String name,
		String phone, List<byte[]> photos) {

	public NewComplaint {
		photos = photos == null ? List.of() : List.copyOf(photos);
	}
}
