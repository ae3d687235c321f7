package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of guidance providers, their documents and commissions. */
@Repository
class ProviderRows {

	private static final String PROVIDER = """
			SELECT id, name, kind, credit_code, contact_name, contact_phone, division_code FROM guidance_provider p
			""";

	private static final String COMMISSION = """
			SELECT c.id, c.provider_id, p.name AS provider_name, c.title, c.area_code, c.starts_on, c.ends_on, c.sessions,
			  c.budget, (SELECT count(*) FROM guidance_session s WHERE s.commission_id = c.id AND s.status <> 'CANCELLED')
			  AS scheduled
			FROM guidance_commission c JOIN guidance_provider p ON p.id = c.provider_id
			""";

	/** A provider as stored; the division's name is added by the facade. */
	record ProviderRow(UUID id, String name, ProviderKind kind, String creditCode, String contactName, String contactPhone,
			String divisionCode) {
	}

	/** A commission as stored; the area's name is added by the facade. */
	record CommissionRow(UUID id, UUID providerId, String providerName, String title, String areaCode, LocalDate startsOn,
			LocalDate endsOn, int sessions, int scheduled, BigDecimal budget) {
	}

	private final JdbcClient jdbc;

	ProviderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, NewProvider provider, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_provider (id, name, kind, credit_code, contact_name, contact_phone, division_code,
				  created_by, created_at)
				VALUES (:id, :name, :kind, :code, :contact, :phone, :division, :by, :now)
				""")
			.param("id", id)
			.param("name", provider.name().strip())
			.param("kind", provider.kind().name())
			.param("code", provider.creditCode())
			.param("contact", provider.contactName().strip())
			.param("phone", provider.contactPhone().strip())
			.param("division", provider.divisionCode().strip())
			.param("by", by)
			.param("now", now)
			.update();
	}

	boolean creditCodeTaken(String creditCode) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM guidance_provider WHERE credit_code = :code)")
			.param("code", creditCode)
			.query(Boolean.class)
			.single();
	}

	Optional<ProviderRow> provider(UUID id) {
		return jdbc.sql(PROVIDER + " WHERE id = :id").param("id", id).query(ProviderRows::provider).optional();
	}

	/**
	 * Providers at home in the area or in its county, or commissioned in it or over it (a county's
	 * commission concerns its streets).
	 */
	List<ProviderRow> providersConcerning(String scope) {
		return jdbc.sql(PROVIDER + """
				WHERE starts_with(p.division_code, :scope) OR starts_with(:scope, left(p.division_code, 6))
				   OR EXISTS (SELECT 1 FROM guidance_commission c WHERE c.provider_id = p.id
				     AND (starts_with(c.area_code, :scope) OR starts_with(:scope, c.area_code)))
				ORDER BY p.name, p.id
				LIMIT 1000
				""").param("scope", scope).query(ProviderRows::provider).list();
	}

	void insertDocument(UUID id, UUID providerId, ProviderDocumentType type, String fileName, String contentType,
			byte[] content, String sha256, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_provider_document (id, provider_id, document_type, file_name, content_type, size_bytes,
				  sha256, content, uploaded_by, uploaded_at)
				VALUES (:id, :provider, :type, :name, :contentType, :size, :sha, :content, :by, :now)
				""")
			.param("id", id)
			.param("provider", providerId)
			.param("type", type.name())
			.param("name", fileName)
			.param("contentType", contentType)
			.param("size", content.length)
			.param("sha", sha256)
			.param("content", content)
			.param("by", by)
			.param("now", now)
			.update();
	}

	List<ProviderDocument> documents(UUID providerId) {
		return jdbc.sql("""
				SELECT id, document_type, file_name, content_type, size_bytes, uploaded_at FROM guidance_provider_document
				WHERE provider_id = :provider ORDER BY uploaded_at, id
				""")
			.param("provider", providerId)
			.query((rs, n) -> new ProviderDocument(rs.getObject("id", UUID.class),
					ProviderDocumentType.valueOf(rs.getString("document_type")), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes"), rs.getObject("uploaded_at", OffsetDateTime.class)))
			.list();
	}

	Optional<StoredDocument> document(UUID providerId, UUID documentId) {
		return jdbc.sql("""
				SELECT content, content_type, file_name FROM guidance_provider_document WHERE id = :id AND provider_id = :provider
				""")
			.param("id", documentId)
			.param("provider", providerId)
			.query((rs, n) -> new StoredDocument(rs.getBytes("content"), rs.getString("content_type"),
					rs.getString("file_name")))
			.optional();
	}

	void insertCommission(UUID id, NewCommission commission, String title, String area, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_commission (id, provider_id, title, area_code, starts_on, ends_on, sessions, budget,
				  created_by, created_at)
				VALUES (:id, :provider, :title, :area, :starts, :ends, :sessions, :budget, :by, :now)
				""")
			.param("id", id)
			.param("provider", commission.providerId())
			.param("title", title)
			.param("area", area)
			.param("starts", commission.startsOn())
			.param("ends", commission.endsOn())
			.param("sessions", commission.sessions())
			.param("budget", commission.budget())
			.param("by", by)
			.param("now", now)
			.update();
	}

	Optional<CommissionRow> commission(UUID id) {
		return jdbc.sql(COMMISSION + " WHERE c.id = :id").param("id", id).query(ProviderRows::commission).optional();
	}

	/** Locks a commission's row, so that concurrent sessions never exceed its number. */
	void lockCommission(UUID id) {
		jdbc.sql("SELECT id FROM guidance_commission WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
	}

	/** Commissions in the area or over it, newest period first. */
	List<CommissionRow> commissionsConcerning(String scope) {
		return jdbc.sql(COMMISSION + """
				WHERE starts_with(c.area_code, :scope) OR starts_with(:scope, c.area_code)
				ORDER BY c.ends_on DESC, c.title, c.id
				LIMIT 1000
				""").param("scope", scope).query(ProviderRows::commission).list();
	}

	List<CommissionRow> commissionsOf(UUID providerId) {
		return jdbc.sql(COMMISSION + " WHERE c.provider_id = :provider ORDER BY c.ends_on DESC, c.title, c.id")
			.param("provider", providerId)
			.query(ProviderRows::commission)
			.list();
	}

	private static ProviderRow provider(ResultSet rs, int n) throws SQLException {
		return new ProviderRow(rs.getObject("id", UUID.class), rs.getString("name"), ProviderKind.valueOf(rs.getString("kind")),
				rs.getString("credit_code"), rs.getString("contact_name"), rs.getString("contact_phone"),
				rs.getString("division_code"));
	}

	private static CommissionRow commission(ResultSet rs, int n) throws SQLException {
		return new CommissionRow(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
				rs.getString("provider_name"), rs.getString("title"), rs.getString("area_code"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getInt("sessions"),
				rs.getInt("scheduled"), rs.getBigDecimal("budget"));
	}
}
