package org.tuoyu.messaging.committee;

import java.time.OffsetDateTime;

/**
 * One of the institution's public texts: the draft being written and what is published.
 *
 * @param draftText absent when never written
 * @param publishedText absent when never published
 */
public record Commitment(CommitmentKind kind, String draftText, OffsetDateTime updatedAt, String publishedText,
		OffsetDateTime publishedAt) {

	/** Whether the draft says something the published text does not. */
	public boolean unpublishedChanges() {
		return draftText != null && !draftText.equals(publishedText);
	}
}
