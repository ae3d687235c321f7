package org.tuoyu.supervision;

import java.util.List;
import java.util.UUID;

/**
 * One complaint with the complainant's data (phone masked) and its photos; reading it is audited.
 *
 * @param complainantName the name given, or {@code null} when anonymous
 * @param complainantPhone the masked phone, or {@code null}
 * @param photoIds the photos, in the order uploaded
 */
public record ComplaintDetail(Complaint complaint, String complainantName, String complainantPhone,
		List<UUID> photoIds) {

	public ComplaintDetail {
		photoIds = List.copyOf(photoIds);
	}
}
