package org.tuoyu.guidance.register;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.PlacementEnded;
import org.tuoyu.enrollment.PlacementStarted;
import org.tuoyu.family.ChildAdded;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;

/**
 * Keeps the register's entries joined to the family and enrollment modules' records of the same
 * child: a child a family adds with a resident ID already in the register links to that entry
 * (never a second one), and an entry's {@code enrolled} follows the child's placements. Each
 * reaction reads the current state, so a redelivered or reordered event changes nothing.
 */
@Component
class RegisterLinks {

	private final RegisterRows rows;

	private final RegisterChecks checks;

	private final AuditLog audit;

	private final Clock clock;

	RegisterLinks(RegisterRows rows, RegisterChecks checks, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.checks = checks;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ChildAdded event) {
		if (event.residentIdIndex() == null) {
			return;
		}
		rows.link(event.residentIdIndex(), event.childId(), checks.enrolled(event.childId()), OffsetDateTime.now(clock))
			.ifPresent(entry -> audit.record(AuditEntry.of("guidance.register.child.link", "registerChild", entry)
				.withDetails("family child " + event.childId())));
	}

	@ApplicationModuleListener
	void on(PlacementStarted event) {
		followPlacement(event.childId());
	}

	@ApplicationModuleListener
	void on(PlacementEnded event) {
		followPlacement(event.childId());
	}

	/** A transfer ends one placement and starts another: whichever event comes last, the child holds a place. */
	private void followPlacement(UUID familyChildId) {
		boolean enrolled = checks.enrolled(familyChildId);
		rows.enrolled(familyChildId, enrolled, OffsetDateTime.now(clock))
			.ifPresent(entry -> audit.record(AuditEntry.of("guidance.register.child.enrolled", "registerChild", entry)
				.withDetails(String.valueOf(enrolled))));
	}
}
