package org.tuoyu.guidance.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tuoyu.family.Child;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.guidance.GuidanceRules;
import org.tuoyu.guidance.register.RegisterChildren;
import org.tuoyu.guidance.register.RegisterStatus;
import org.tuoyu.guidance.register.RegisteredChild;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.shared.DivisionCode;

/**
 * A guardian's children under 3 as online classes and the awareness survey need them: their age
 * band and their register entry, which holds the community they live in. A child gets its entry
 * the first time the guardian names its community.
 */
@Component
class GuardianChildren {

	private final FamilyManagement family;

	private final RegisterChildren register;

	private final GuidanceRules rules;

	private final AuditLog audit;

	private final Clock clock;

	GuardianChildren(FamilyManagement family, RegisterChildren register, GuidanceRules rules, AuditLog audit,
			Clock clock) {
		this.family = family;
		this.register = register;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	/** The guardian's children under 3 today, youngest first. */
	List<LearnerChild> under3(CurrentUser guardian) {
		LocalDate today = LocalDate.now(clock);
		return family.children(guardian)
			.stream()
			.filter(child -> child.birthDate().plusMonths(rules.registerMaxAgeMonths()).isAfter(today))
			.filter(child -> !child.birthDate().isAfter(today))
			.map(child -> learner(child, today))
			.toList();
	}

	/**
	 * Gives the guardian's child its register entry in the community (12 digits); the child's
	 * existing entry when it has one.
	 * @throws NotFoundException when the child is not the guardian's
	 */
	RegisteredChild chooseCommunity(CurrentUser guardian, UUID familyChildId, String community) {
		family.child(guardian, familyChildId);
		boolean existed = register.ofFamilyChild(familyChildId).isPresent();
		RegisteredChild child = register.ensureForFamilyChild(familyChildId, community, guardian.accountId());
		if (!existed) {
			audit.record(AuditEntry.of("GUIDANCE_REGISTER_COMMUNITY_CHOSEN", "guidance-child", child.id())
				.in(DivisionCode.of(child.divisionCode())));
		}
		return child;
	}

	/** Whether a child born on that day is under 3 on {@code day}. */
	boolean under3(LocalDate birthDate, LocalDate day) {
		return birthDate.plusMonths(rules.registerMaxAgeMonths()).isAfter(day);
	}

	private LearnerChild learner(Child child, LocalDate today) {
		Optional<RegisteredChild> entry = register.ofFamilyChild(child.id());
		AgeBand band = AgeBand.ofAge(ChronoUnit.MONTHS.between(child.birthDate(), today)).orElse(AgeBand.M24_36);
		return new LearnerChild(child.id(), child.name(), child.birthDate(), band, entry.map(RegisteredChild::id).orElse(null),
				entry.map(RegisteredChild::divisionCode).orElse(null), entry.map(RegisteredChild::communityCode).orElse(null),
				entry.map(e -> e.status() == RegisterStatus.ACTIVE).orElse(false));
	}
}
