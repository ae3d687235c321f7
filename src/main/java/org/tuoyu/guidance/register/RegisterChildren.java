package org.tuoyu.guidance.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.ChildFacts;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.Sex;

/**
 * The register's children as the other guidance parts reach them: by register id, or through the
 * family module's child a guardian acts for. No scope checks here: callers check theirs.
 */
@Component
public class RegisterChildren {

	private static final String SELECT = """
			SELECT id, name, sex, birth_date, division_code, community_code, family_child_id, enrolled, status
			FROM guidance_child
			""";

	private final JdbcClient jdbc;

	private final FamilyManagement family;

	private final RegisterRows rows;

	private final RegisterChecks checks;

	private final Clock clock;

	RegisterChildren(JdbcClient jdbc, FamilyManagement family, RegisterRows rows, RegisterChecks checks, Clock clock) {
		this.jdbc = jdbc;
		this.family = family;
		this.rows = rows;
		this.checks = checks;
		this.clock = clock;
	}

	/**
	 * A division inside the user's area, or the area itself when {@code code} is blank; a division
	 * outside it, or a user without an area, is not found.
	 */
	public DivisionCode areaOf(CurrentUser user, String code) {
		return RegisterAccess.within(user, code);
	}

	/** The register entry with this id. */
	@Transactional(readOnly = true)
	public Optional<RegisteredChild> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(RegisterChildren::child).optional();
	}

	/** The register entry linked to the family module's child, if any. */
	@Transactional(readOnly = true)
	public Optional<RegisteredChild> ofFamilyChild(UUID familyChildId) {
		return jdbc.sql(SELECT + " WHERE family_child_id = :child")
			.param("child", familyChildId)
			.query(RegisterChildren::child)
			.optional();
	}

	/**
	 * The register entry of a family's child: the one linked to it; else the unlinked one with the
	 * same resident ID (matched by its blind index), linked now; else a new active one living in
	 * {@code community} (a 12-digit community code) from the family's record. The caller has
	 * checked that the user acts for this child.
	 *
	 * @throws BusinessRuleException on {@code community} when it is not a community code
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public RegisteredChild ensureForFamilyChild(UUID familyChildId, String community, UUID by) {
		Optional<RegisteredChild> linked = ofFamilyChild(familyChildId);
		if (linked.isPresent()) {
			return linked.get();
		}
		Optional<UUID> matched = family.residentIdIndex(familyChildId)
			.flatMap(index -> rows.link(index, familyChildId, checks.enrolled(familyChildId), OffsetDateTime.now(clock)));
		if (matched.isPresent()) {
			return find(matched.get()).orElseThrow();
		}
		DivisionCode code = BusinessRuleException.onField("community", () -> DivisionCode.of(community == null ? "" : community));
		if (code.level() != DivisionLevel.COMMUNITY) {
			throw new BusinessRuleException("community", "guidance.register.community.required");
		}
		ChildFacts facts = family.facts(familyChildId).orElseThrow(() -> new NotFoundException("child"));
		jdbc.sql("""
				INSERT INTO guidance_child (id, name, sex, birth_date, division_code, community_code, family_child_id, enrolled,
				  source, registered_on, created_by, created_at, updated_at)
				VALUES (:id, :name, :sex, :birth, :division, :community, :child, :enrolled, 'FAMILY', :today, :by, :now, :now)
				ON CONFLICT (family_child_id) DO NOTHING
				""")
			.param("id", UuidV7.next())
			.param("name", facts.name())
			.param("sex", facts.sex().name())
			.param("birth", facts.birthDate())
			.param("division", code.value().substring(0, 9))
			.param("community", code.value())
			.param("child", familyChildId)
			.param("enrolled", checks.enrolled(familyChildId))
			.param("today", LocalDate.now(clock))
			.param("by", by)
			.param("now", OffsetDateTime.now(clock))
			.update();
		return ofFamilyChild(familyChildId).orElseThrow();
	}

	private static RegisteredChild child(ResultSet rs, int n) throws SQLException {
		return new RegisteredChild(rs.getObject("id", UUID.class), rs.getString("name"), Sex.valueOf(rs.getString("sex")),
				rs.getObject("birth_date", LocalDate.class), rs.getString("division_code"), rs.getString("community_code"),
				rs.getObject("family_child_id", UUID.class), rs.getBoolean("enrolled"),
				RegisterStatus.valueOf(rs.getString("status")));
	}
}
