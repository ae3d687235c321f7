package org.tuoyu.institution.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.Fee;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.InstitutionSummary;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.institution.Site;
import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;

/**
 * Storage of institutions, sites, classes and fees.
 */
@Repository
public class InstitutionRows {

	static final RowMapper<Institution> INSTITUTIONS = InstitutionRows::institution;

	private static final RowMapper<Site> SITES = (rs, n) -> new Site(rs.getObject("id", UUID.class),
			rs.getObject("institution_id", UUID.class), rs.getBoolean("main"), rs.getString("name"),
			rs.getString("address"), DivisionCode.of(rs.getString("division_code")), rs.getBigDecimal("latitude"),
			rs.getBigDecimal("longitude"), rs.getInt("room_floor"), rs.getBigDecimal("indoor_area"),
			rs.getString("community_code") == null ? null : DivisionCode.of(rs.getString("community_code")));

	private static final RowMapper<CareClass> CLASSES = (rs, n) -> new CareClass(rs.getObject("id", UUID.class),
			rs.getObject("institution_id", UUID.class), rs.getObject("site_id", UUID.class), rs.getString("name"),
			ClassType.valueOf(rs.getString("class_type")), rs.getInt("capacity"));

	private final JdbcClient jdbc;

	private final Clock clock;

	InstitutionRows(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	static Institution institution(ResultSet rs, int n) throws SQLException {
		Date validUntil = rs.getDate("inclusive_valid_until");
		return new Institution(rs.getObject("id", UUID.class), rs.getString("name"),
				CreditCode.of(rs.getString("credit_code")), RegistrationType.valueOf(rs.getString("registration_type")),
				Ownership.valueOf(rs.getString("ownership")), InstitutionCategory.valueOf(rs.getString("category")),
				serviceForms(rs.getArray("service_forms")), rs.getString("head_name"), rs.getString("contact_phone"),
				rs.getBoolean("inclusive"), rs.getBigDecimal("inclusive_price_cap"),
				validUntil == null ? null : validUntil.toLocalDate(),
				DemonstrationLevel.valueOf(rs.getString("demonstration_level")),
				InstitutionStatus.valueOf(rs.getString("status")), DivisionCode.of(rs.getString("division_code")));
	}

	private static Set<ServiceForm> serviceForms(Array array) throws SQLException {
		Set<ServiceForm> forms = EnumSet.noneOf(ServiceForm.class);
		Arrays.stream((String[]) array.getArray()).map(ServiceForm::valueOf).forEach(forms::add);
		return forms;
	}

	private static String[] names(Set<ServiceForm> forms) {
		return forms.stream().sorted().map(Enum::name).toArray(String[]::new);
	}

	public boolean creditCodeTaken(String creditCode) {
		return jdbc.sql("SELECT count(*) FROM institution_institution WHERE credit_code = :code")
			.param("code", creditCode)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(Institution i) {
		jdbc.sql("""
				INSERT INTO institution_institution (id, name, credit_code, registration_type, ownership, category,
				  service_forms, head_name, contact_phone, inclusive, inclusive_price_cap, inclusive_valid_until,
				  demonstration_level, status, division_code)
				VALUES (:id, :name, :code, :registration, :ownership, :category, :forms, :head, :phone, :inclusive, :cap,
				  :validUntil, :demonstration, :status, :division)
				""")
			.param("id", i.id())
			.param("name", i.name())
			.param("code", i.creditCode().value())
			.param("registration", i.registrationType().name())
			.param("ownership", i.ownership().name())
			.param("category", i.category().name())
			.param("forms", names(i.serviceForms()))
			.param("head", i.headName())
			.param("phone", i.contactPhone())
			.param("inclusive", i.inclusive())
			.param("cap", i.inclusivePriceCap())
			.param("validUntil", i.inclusiveValidUntil() == null ? null : Date.valueOf(i.inclusiveValidUntil()))
			.param("demonstration", i.demonstrationLevel().name())
			.param("status", i.status().name())
			.param("division", i.divisionCode().value())
			.update();
	}

	public void updateProfile(UUID id, String headName, String contactPhone, Set<ServiceForm> forms) {
		jdbc.sql("""
				UPDATE institution_institution SET head_name = :head, contact_phone = :phone, service_forms = :forms,
				  updated_at = :now WHERE id = :id
				""").param("now", OffsetDateTime.now(clock)).param("head", headName).param("phone", contactPhone).param("forms", names(forms)).param("id", id).update();
	}

	public void updateDesignations(UUID id, boolean inclusive, BigDecimal cap, java.time.LocalDate validUntil,
			DemonstrationLevel level) {
		jdbc.sql("""
				UPDATE institution_institution SET inclusive = :inclusive, inclusive_price_cap = :cap,
				  inclusive_valid_until = :validUntil, demonstration_level = :level, updated_at = :now WHERE id = :id
				""").param("now", OffsetDateTime.now(clock))
			.param("inclusive", inclusive)
			.param("cap", cap)
			.param("validUntil", validUntil == null ? null : Date.valueOf(validUntil))
			.param("level", level.name())
			.param("id", id)
			.update();
	}

	public void updateStatus(UUID id, InstitutionStatus status) {
		jdbc.sql("UPDATE institution_institution SET status = :status, updated_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	public Optional<Institution> find(UUID id) {
		return jdbc.sql("SELECT * FROM institution_institution WHERE id = :id").param("id", id).query(INSTITUTIONS).optional();
	}

	/** Locks the institution row so concurrent class changes are checked one after the other. */
	public void lock(UUID id) {
		jdbc.sql("SELECT id FROM institution_institution WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
	}

	/** Institutions whose main site lies in the division subtree, with places and site count. */
	public List<InstitutionSummary> within(String divisionPrefix, InstitutionStatus status, String search) {
		return within(divisionPrefix, null, status, search);
	}

	/** The same list limited to one institution. */
	public List<InstitutionSummary> within(String divisionPrefix, UUID institutionId, InstitutionStatus status,
			String search) {
		return jdbc.sql("""
				SELECT i.*, coalesce(p.places, 0) AS places, coalesce(s.sites, 0) AS sites
				FROM institution_institution i
				LEFT JOIN (SELECT institution_id, sum(capacity) AS places FROM institution_class GROUP BY institution_id) p
				  ON p.institution_id = i.id
				LEFT JOIN (SELECT institution_id, count(*) AS sites FROM institution_site GROUP BY institution_id) s
				  ON s.institution_id = i.id
				WHERE starts_with(i.division_code, :prefix)
				  AND (:institution::uuid IS NULL OR i.id = :institution)
				  AND (:status::text IS NULL OR i.status = :status)
				  AND (:search::text IS NULL OR i.name ILIKE '%' || :search || '%' OR i.credit_code = upper(:search))
				ORDER BY i.division_code, i.name
				LIMIT 2000
				""")
			.param("prefix", divisionPrefix)
			.param("institution", institutionId)
			.param("status", status == null ? null : status.name())
			.param("search", search == null || search.isBlank() ? null : search.trim())
			.query((rs, n) -> new InstitutionSummary(institution(rs, n), rs.getInt("places"), rs.getInt("sites"), null))
			.list();
	}

	public void insertSite(Site site) {
		jdbc.sql("""
				INSERT INTO institution_site (id, institution_id, main, name, address, division_code, latitude, longitude,
				  room_floor, indoor_area, community_code)
				VALUES (:id, :institution, :main, :name, :address, :division, :lat, :lng, :floor, :area, :community)
				""")
			.param("id", site.id())
			.param("institution", site.institutionId())
			.param("main", site.main())
			.param("name", site.name())
			.param("address", site.address())
			.param("division", site.divisionCode().value())
			.param("lat", site.latitude())
			.param("lng", site.longitude())
			.param("floor", site.roomFloor())
			.param("area", site.indoorArea())
			.param("community", site.communityCode() == null ? null : site.communityCode().value())
			.update();
	}

	public List<Site> sites(UUID institutionId) {
		return jdbc.sql("SELECT * FROM institution_site WHERE institution_id = :id ORDER BY main DESC, created_at")
			.param("id", institutionId)
			.query(SITES)
			.list();
	}

	public void insertClass(CareClass c) {
		jdbc.sql("""
				INSERT INTO institution_class (id, institution_id, site_id, name, class_type, capacity)
				VALUES (:id, :institution, :site, :name, :type, :capacity)
				""")
			.param("id", c.id())
			.param("institution", c.institutionId())
			.param("site", c.siteId())
			.param("name", c.name())
			.param("type", c.type().name())
			.param("capacity", c.capacity())
			.update();
	}

	public List<CareClass> classes(UUID institutionId) {
		return jdbc.sql("SELECT * FROM institution_class WHERE institution_id = :id ORDER BY created_at")
			.param("id", institutionId)
			.query(CLASSES)
			.list();
	}

	public boolean classNameTaken(UUID siteId, String name) {
		return jdbc.sql("SELECT count(*) FROM institution_class WHERE site_id = :site AND name = :name")
			.param("site", siteId)
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	public void upsertFee(UUID institutionId, Fee fee) {
		jdbc.sql("""
				INSERT INTO institution_fee (institution_id, class_type, service_form, monthly_fee)
				VALUES (:institution, :type, :form, :fee)
				ON CONFLICT (institution_id, class_type, service_form)
				DO UPDATE SET monthly_fee = excluded.monthly_fee, published_at = :now
				""").param("now", OffsetDateTime.now(clock))
			.param("institution", institutionId)
			.param("type", fee.classType().name())
			.param("form", fee.serviceForm().name())
			.param("fee", fee.monthlyFee())
			.update();
	}

	public List<Fee> fees(UUID institutionId) {
		return jdbc.sql("SELECT * FROM institution_fee WHERE institution_id = :id ORDER BY class_type, service_form")
			.param("id", institutionId)
			.query((rs, n) -> new Fee(ClassType.valueOf(rs.getString("class_type")),
					ServiceForm.valueOf(rs.getString("service_form")), rs.getBigDecimal("monthly_fee")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Fee::classType).thenComparing(Fee::serviceForm))
			.collect(Collectors.toList());
	}
}
