package org.tuoyu.guidance.sessions;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.guidance.GuidanceRules;
import org.tuoyu.guidance.sessions.OutreachRows.Behind;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;

/**
 * The community's view of the free quota: the home-cared children of its area behind the year's
 * pace by the end of a month ({@link QuotaPacePolicy}), and inviting them in bulk — their guardians
 * on the platform get an inbox notification, the others are listed as not reachable online.
 */
@Service
public class QuotaOutreach {

	private final OutreachRows rows;

	private final FamilyManagement family;

	private final Inbox inbox;

	private final AuditLog audit;

	private final GuidanceRules rules;

	private final ProviderManagement names;

	private final Clock clock;

	QuotaOutreach(OutreachRows rows, FamilyManagement family, Inbox inbox, AuditLog audit, GuidanceRules rules,
			ProviderManagement names, Clock clock) {
		this.rows = rows;
		this.family = family;
		this.inbox = inbox;
		this.audit = audit;
		this.rules = rules;
		this.names = names;
		this.clock = clock;
	}

	/** The city's month now. */
	public YearMonth thisMonth() {
		return YearMonth.now(clock);
	}

	/** The free sessions a child should have had by the end of the month. */
	public int expectedBy(YearMonth month) {
		return QuotaPacePolicy.expectedBy(month, rules.freeSessionsPerYear());
	}

	/**
	 * The home-cared children of the user's area behind the pace by the end of the month (this
	 * month when none is given; a later month is refused); the children's data are read, so audited.
	 */
	@Transactional
	public List<ShortfallChild> behind(CurrentUser user, YearMonth month) {
		int expected = expectedBy(month(month));
		List<ShortfallChild> children = find(user, month).stream().map(b -> child(b, expected)).toList();
		audit.record(AuditEntry.of("GUIDANCE_QUOTA_SHORTFALL_READ", "division", user.scope().division().value())
			.in(user.scope().division())
			.withDetails(month(month) + " " + children.size() + " children"));
		return children;
	}

	/**
	 * Invites the chosen children behind the pace (all of them when none are chosen): the
	 * guardians of each child on the platform get an inbox notification with a link to book.
	 */
	@Transactional
	public Invitations invite(CurrentUser user, YearMonth month, Collection<UUID> childIds) {
		List<String> invited = new ArrayList<>();
		List<String> notReachable = new ArrayList<>();
		for (Behind child : find(user, month)) {
			if (childIds != null && !childIds.isEmpty() && !childIds.contains(child.childId())) {
				continue;
			}
			List<UUID> guardians = child.familyChildId() == null ? List.of() : family.guardianAccounts(child.familyChildId());
			if (guardians.isEmpty()) {
				notReachable.add(child.name());
				continue;
			}
			for (UUID guardian : guardians) {
				inbox.send(guardian, "guidance.sessions.notification.invitation",
						"/family/guidance/sessions?child=" + child.familyChildId(), child.name(),
						String.valueOf(child.attended()), String.valueOf(rules.freeSessionsPerYear()));
			}
			invited.add(child.name());
		}
		audit.record(AuditEntry.of("GUIDANCE_QUOTA_INVITED", "division", user.scope().division().value())
			.in(user.scope().division())
			.withDetails(month(month) + " invited " + invited.size() + ", not reachable " + notReachable.size()));
		return new Invitations(invited, notReachable);
	}

	private List<Behind> find(CurrentUser user, YearMonth month) {
		GuidanceActions.require(user, GuidanceActions.QUOTA_READERS);
		YearMonth chosen = month(month);
		if (chosen.isAfter(YearMonth.now(clock))) {
			throw new BusinessRuleException("month", "guidance.sessions.quota.futureMonth");
		}
		return rows.behind(user.scope().division().value(), chosen.atDay(1).withDayOfYear(1), chosen.atEndOfMonth(),
				expectedBy(chosen));
	}

	private ShortfallChild child(Behind b, int expected) {
		return new ShortfallChild(b.childId(), b.name(), b.birthDate(), b.home(), names.name(b.home()), b.attended(),
				expected, b.familyChildId() != null);
	}

	private YearMonth month(YearMonth month) {
		return month == null ? YearMonth.now(clock) : month;
	}
}
