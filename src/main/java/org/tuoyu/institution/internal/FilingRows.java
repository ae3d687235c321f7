package org.tuoyu.institution.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.institution.DocumentType;
import org.tuoyu.institution.Filing;
import org.tuoyu.institution.Filing.FilingDocument;
import org.tuoyu.institution.FilingKind;
import org.tuoyu.institution.FilingStatus;
import org.tuoyu.institution.VerificationResult;
import org.tuoyu.platform.Sha256;

/**
 * Storage of filing versions and their documents.
 */
@Repository
public class FilingRows {

	private static final String SELECT = """
			SELECT f.*, i.name AS institution_name FROM institution_filing f
			JOIN institution_institution i ON i.id = f.institution_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	FilingRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public int nextVersion(UUID institutionId) {
		return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM institution_filing WHERE institution_id = :id")
			.param("id", institutionId)
			.query(Integer.class)
			.single();
	}

	public void insert(UUID id, UUID institutionId, int version, FilingKind kind, String division, String note) {
		jdbc.sql("""
				INSERT INTO institution_filing (id, institution_id, version, kind, status, division_code, note)
				VALUES (:id, :institution, :version, :kind, 'DRAFT', :division, :note)
				""")
			.param("id", id)
			.param("institution", institutionId)
			.param("version", version)
			.param("kind", kind.name())
			.param("division", division)
			.param("note", note)
			.update();
	}

	public Optional<Filing> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE f.id = :id").param("id", id).query((rs, n) -> row(rs)).optional().map(this::withDocuments);
	}

	/** Locks a filing for a state change; concurrent decisions wait and then see the new state. */
	public Optional<Filing> lock(UUID id) {
		jdbc.sql("SELECT id FROM institution_filing WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
		return find(id);
	}

	public List<Filing> ofInstitution(UUID institutionId) {
		return jdbc.sql(SELECT + " WHERE f.institution_id = :id ORDER BY f.version DESC")
			.param("id", institutionId)
			.query((rs, n) -> row(rs))
			.list()
			.stream()
			.map(this::withDocuments)
			.toList();
	}

	/** Filings waiting for the county inside a division subtree, earliest deadline first. */
	public List<Filing> queue(String divisionPrefix) {
		return jdbc.sql(SELECT + """
				 WHERE starts_with(f.division_code, :prefix)
				   AND (f.status = 'SUBMITTED' OR (f.status = 'FILED' AND f.verification_result IS NULL AND f.kind <> 'CANCELLATION'
				     AND NOT EXISTS (SELECT 1 FROM institution_filing later WHERE later.institution_id = f.institution_id
				       AND later.status = 'FILED' AND later.version > f.version)))
				 ORDER BY f.status DESC, f.file_deadline, f.submitted_at
				""").param("prefix", divisionPrefix).query((rs, n) -> row(rs)).list();
	}

	public void submit(UUID id, LocalDate deadline) {
		jdbc.sql("""
				UPDATE institution_filing SET status = 'SUBMITTED', submitted_at = :now, file_deadline = :deadline
				WHERE id = :id AND status = 'DRAFT'
				""").param("now", OffsetDateTime.now(clock))
			.param("deadline", Date.valueOf(deadline))
			.param("id", id)
			.update();
	}

	public void decide(UUID id, FilingStatus status, String by, String reasons, LocalDate publishDeadline) {
		jdbc.sql("""
				UPDATE institution_filing SET status = :status, decided_at = :now, decided_by = :by,
				  return_reasons = :reasons, publish_deadline = :publish WHERE id = :id
				""").param("now", OffsetDateTime.now(clock))
			.param("status", status.name())
			.param("by", by)
			.param("reasons", reasons)
			.param("publish", publishDeadline == null ? null : Date.valueOf(publishDeadline))
			.param("id", id)
			.update();
	}

	public void verify(UUID id, VerificationResult result, String note) {
		jdbc.sql("""
				UPDATE institution_filing SET verification_result = :result, verification_note = :note, verified_at = :now
				WHERE id = :id AND verification_result IS NULL
				""").param("now", OffsetDateTime.now(clock)).param("result", result.name()).param("note", note).param("id", id).update();
	}

	public void putDocument(UUID filingId, DocumentType type, String fileName, String contentType, byte[] content) {
		jdbc.sql("""
				INSERT INTO institution_filing_document (id, filing_id, document_type, file_name, content_type, size_bytes,
				  sha256, content)
				VALUES (:id, :filing, :type, :name, :contentType, :size, :sha, :content)
				ON CONFLICT (filing_id, document_type) DO UPDATE SET file_name = excluded.file_name,
				  content_type = excluded.content_type, size_bytes = excluded.size_bytes, sha256 = excluded.sha256,
				  content = excluded.content, uploaded_at = :now
				""").param("now", OffsetDateTime.now(clock))
			.param("id", UUID.randomUUID())
			.param("filing", filingId)
			.param("type", type.name())
			.param("name", fileName)
			.param("contentType", contentType)
			.param("size", content.length)
			.param("sha", Sha256.hex(content))
			.param("content", content)
			.update();
	}

	/** The stored bytes and type of one document. */
	public record DocumentContent(String fileName, String contentType, byte[] content) {
	}

	public Optional<DocumentContent> documentContent(UUID filingId, UUID documentId) {
		return jdbc.sql("""
				SELECT file_name, content_type, content FROM institution_filing_document
				WHERE filing_id = :filing AND id = :id
				""")
			.param("filing", filingId)
			.param("id", documentId)
			.query((rs, n) -> new DocumentContent(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	private Filing withDocuments(Filing f) {
		List<FilingDocument> documents = jdbc.sql("""
				SELECT id, document_type, file_name, content_type, size_bytes, uploaded_at FROM institution_filing_document
				WHERE filing_id = :id ORDER BY document_type
				""").param("id", f.id()).query((rs, n) -> new FilingDocument(rs.getObject("id", UUID.class),
				DocumentType.valueOf(rs.getString("document_type")), rs.getString("file_name"),
				rs.getString("content_type"), rs.getInt("size_bytes"), rs.getTimestamp("uploaded_at").toInstant())).list();
		return new Filing(f.id(), f.institutionId(), f.institutionName(), f.version(), f.kind(), f.status(),
				f.divisionCode(), f.note(), f.submittedAt(), f.fileDeadline(), f.decidedAt(), f.decidedBy(),
				f.returnReasons(), f.verificationResult(), f.verificationNote(), f.verifiedAt(), f.publishDeadline(),
				documents);
	}

	private static Filing row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String verification = rs.getString("verification_result");
		return new Filing(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
				rs.getString("institution_name"), rs.getInt("version"), FilingKind.valueOf(rs.getString("kind")),
				FilingStatus.valueOf(rs.getString("status")), rs.getString("division_code"), rs.getString("note"),
				instant(rs.getTimestamp("submitted_at")), date(rs.getDate("file_deadline")),
				instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"), rs.getString("return_reasons"),
				verification == null ? null : VerificationResult.valueOf(verification), rs.getString("verification_note"),
				instant(rs.getTimestamp("verified_at")), date(rs.getDate("publish_deadline")), List.of());
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static LocalDate date(Date d) {
		return d == null ? null : d.toLocalDate();
	}
}
