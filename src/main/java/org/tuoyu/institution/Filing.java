package org.tuoyu.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One filing version of an institution with its documents and the county's decisions.
 *
 * @param fileDeadline the last working day to file or return it (5 working days after submission)
 * @param publishDeadline the last working day to notify and publish a non-compliance (15 working
 *        days after filing)
 */
public record Filing(UUID id, UUID institutionId, String institutionName, int version, FilingKind kind,
		FilingStatus status, String divisionCode, String note, Instant submittedAt, LocalDate fileDeadline,
		Instant decidedAt, String decidedBy, String returnReasons, VerificationResult verificationResult,
		String verificationNote, Instant verifiedAt, LocalDate publishDeadline, List<FilingDocument> documents) {

	/** Whether the county has let the filing deadline pass without deciding. */
	public boolean overdueOn(LocalDate today) {
		return status == FilingStatus.SUBMITTED && fileDeadline != null && today.isAfter(fileDeadline);
	}

	/** The document types still missing before the filing can be submitted. */
	public List<DocumentType> missingDocuments() {
		List<DocumentType> required = kind == FilingKind.CANCELLATION ? List.of(DocumentType.FILING_FORM)
				: List.of(DocumentType.values());
		return required.stream().filter(type -> documents.stream().noneMatch(d -> d.type() == type)).toList();
	}

	/**
	 * A document without its content.
	 */
	public record FilingDocument(UUID id, DocumentType type, String fileName, String contentType, int sizeBytes,
			Instant uploadedAt) {
	}
}
