package org.tuoyu.guidance.sessions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.guidance.GuidanceRules;
import org.tuoyu.guidance.register.RegisterChildren;
import org.tuoyu.guidance.sessions.OutreachRows.Behind;
import org.tuoyu.guidance.sessions.OutreachRows.Window;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Inbox;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;

/**
 * The community's view of the free quota: the home-cared children of its area behind the year's
 * pace by the end of a month ({@link QuotaPacePolicy}), and inviting them in bulk — their guardians
 * on the platform get an inbox notification, the others are listed as not reachable online.
 */
@Service
public class QuotaOutreach {

	private static final int PAGE_SIZE = 50;

	private final OutreachRows rows;

	private final FamilyManagement family;

	private final Inbox inbox;

	private final AuditLog audit;

	private final GuidanceRules rules;

	private final ProviderManagement names;

	private final RegisterChildren register;

	private final Clock clock;

	QuotaOutreach(OutreachRows rows, FamilyManagement family, Inbox inbox, AuditLog audit, GuidanceRules rules,
			ProviderManagement names, RegisterChildren register, Clock clock) {
		this.rows = rows;
		this.family = family;
		this.inbox = inbox;
		this.audit = audit;
		this.rules = rules;
		this.names = names;
		this.register = register;
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
	 * A page of the home-cared children of a division inside the user's area (the whole area when
	 * none is given) behind the pace by the end of the month (this month when none is given; a
	 * later month is refused), with the count of each division one level below; the children's
	 * data are read, so audited.
	 */
	@Transactional
	public QuotaPage behind(CurrentUser user, YearMonth month, String area, int page) {
		Window window = window(user, month, area);
		DivisionCode division = DivisionCode.of(window.area());
		int pageNumber = Math.max(page, 0);
		List<ShortfallChild> children = rows.behind(window, PAGE_SIZE, pageNumber * PAGE_SIZE)
			.stream()
			.map(b -> child(b, window.expected()))
			.toList();
		List<AreaShortfall> areas = new ArrayList<>();
		long behind = 0;
		int below = below(division);
		for (Map.Entry<String, Long> count : rows.countsBy(window, below).entrySet()) {
			behind += count.getValue();
			if (count.getKey().length() == below && division.level() != DivisionLevel.COMMUNITY) {
				areas.add(new AreaShortfall(count.getKey(), names.name(count.getKey()), count.getValue()));
			}
		}
		audit.record(AuditEntry.of("GUIDANCE_QUOTA_SHORTFALL_READ", "division", division.value())
			.in(division)
			.withDetails(month(month) + " page " + pageNumber + ": " + children.size() + " of " + behind + " children"));
		return new QuotaPage(month(month), window.expected(), division.value(), names.name(division.value()),
				division.equals(user.scope().division()), areas, children, behind, pageNumber, PAGE_SIZE);
	}

	/**
	 * Invites the chosen children behind the pace in a division inside the user's area (every
	 * child behind there when none are chosen): the guardians of each child on the platform get an
	 * inbox notification with a link to book.
	 */
	@Transactional
	public Invitations invite(CurrentUser user, YearMonth month, String area, Collection<UUID> childIds) {
		Window window = window(user, month, area);
		List<String> invited = new ArrayList<>();
		List<String> notReachable = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Behind child : rows.behind(window)) {
			if (childIds != null && !childIds.isEmpty() && !childIds.contains(child.childId())) {
				continue;
			}
			List<UUID> guardians = child.familyChildId() == null ? List.of() : family.guardianAccounts(child.familyChildId());
			rows.invited(child.childId(), !guardians.isEmpty(), user.accountId(), now);
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
		DivisionCode division = DivisionCode.of(window.area());
		audit.record(AuditEntry.of("GUIDANCE_QUOTA_INVITED", "division", division.value())
			.in(division)
			.withDetails(month(month) + " invited " + invited.size() + ", not reachable " + notReachable.size()));
		return new Invitations(invited, notReachable);
	}

	private Window window(CurrentUser user, YearMonth month, String area) {
		GuidanceActions.require(user, GuidanceActions.QUOTA_READERS);
		DivisionCode division = register.areaOf(user, area);
		YearMonth chosen = month(month);
		if (chosen.isAfter(YearMonth.now(clock))) {
			throw new BusinessRuleException("month", "guidance.sessions.quota.futureMonth");
		}
		return new Window(division.value(), chosen.atDay(1).withDayOfYear(1), chosen.atEndOfMonth(), expectedBy(chosen));
	}

	/** The length of the codes one level below a division; a community has none, so its own. */
	private static int below(DivisionCode division) {
		return switch (division.level()) {
			case PROVINCE -> DivisionLevel.CITY.codeLength();
			case CITY -> DivisionLevel.COUNTY.codeLength();
			case COUNTY -> DivisionLevel.STREET.codeLength();
			case STREET, COMMUNITY -> DivisionLevel.COMMUNITY.codeLength();
		};
	}

	private ShortfallChild child(Behind b, int expected) {
		return new ShortfallChild(b.childId(), b.name(), b.birthDate(), b.home(), names.name(b.home()), b.attended(),
				expected, b.familyChildId() != null, b.lastInvited());
	}

	private YearMonth month(YearMonth month) {
		return month == null ? YearMonth.now(clock) : month;
	}
}
