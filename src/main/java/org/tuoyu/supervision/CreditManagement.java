package org.tuoyu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.InstitutionSummary;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.supervision.internal.CreditLedger;
import org.tuoyu.supervision.internal.CreditPolicy;
import org.tuoyu.supervision.internal.CreditRows;

/**
 * Credit supervision (信用监管): each institution's credit score and tier, moved by credit events
 * (inspections, escalated rectifications, upheld complaints, and penalties, violations and
 * commendations regulators record). The institution and regulators in scope see the history; the
 * public sees the tier only.
 */
@Service
public class CreditManagement {

	private static final int MAX_REASON = 500;

	private static final int MAX_DOCUMENT = 100;

	private final CreditRows rows;

	private final CreditLedger ledger;

	private final CreditPolicy policy;

	private final InstitutionManagement institutions;

	private final Clock clock;

	CreditManagement(CreditRows rows, CreditLedger ledger, CreditPolicy policy, InstitutionManagement institutions,
			Clock clock) {
		this.rows = rows;
		this.ledger = ledger;
		this.policy = policy;
		this.institutions = institutions;
		this.clock = clock;
	}

	/**
	 * The credit of the filed institutions in the officer's area, optionally of one tier, lowest
	 * score first; empty for others.
	 */
	@Transactional(readOnly = true)
	public List<CreditStanding> standings(CurrentUser user, CreditTier tier) {
		if (!user.role().isOfficer()) {
			return List.of();
		}
		List<Institution> filed = institutions.list(user, null, null)
			.stream()
			.map(InstitutionSummary::institution)
			.filter(i -> i.status() != InstitutionStatus.DRAFT)
			.toList();
		Map<UUID, CreditRows.Score> scores = rows.scores(filed.stream().map(Institution::id).toList());
		return filed.stream()
			.map(i -> standing(i, scores.get(i.id())))
			.filter(s -> tier == null || s.tier() == tier)
			.sorted(Comparator.comparingInt(CreditStanding::score).thenComparing(CreditStanding::institutionName))
			.toList();
	}

	/** The current credit of an institution in the user's scope (staff: their own), or 404. */
	@Transactional(readOnly = true)
	public CreditStanding standing(CurrentUser user, UUID institutionId) {
		Institution institution = visible(user, institutionId);
		return standing(institution, rows.score(institution.id()).orElse(null));
	}

	/** The credit history of an institution in the user's scope, newest first, or 404. */
	@Transactional(readOnly = true)
	public List<CreditEntry> history(CurrentUser user, UUID institutionId) {
		return rows.history(visible(user, institutionId).id());
	}

	/**
	 * Records a penalty, violation or commendation for an institution in the regulator's area
	 * (district or city administrators); returns the event's id.
	 * @throws NotFoundException outside the user's scope
	 * @throws BusinessRuleException for another role or an invalid event, naming the field
	 */
	@Transactional
	public UUID record(CurrentUser user, UUID institutionId, NewCreditEvent event) {
		Institution institution = visible(user, institutionId);
		if (user.role() != Role.CITY_ADMIN && user.role() != Role.DISTRICT_ADMIN) {
			throw new BusinessRuleException(null, "supervision.credit.regulatorsOnly");
		}
		if (institution.status() == InstitutionStatus.DRAFT) {
			throw new NotFoundException("institution");
		}
		if (event.kind() == null || !event.kind().manual()) {
			throw new BusinessRuleException("kind", "supervision.credit.kindManual");
		}
		String reason = text("reason", event.reason(), MAX_REASON);
		String document = text("documentNumber", event.documentNumber(), MAX_DOCUMENT);
		LocalDate today = LocalDate.now(clock);
		if (event.occurredOn() == null) {
			throw new BusinessRuleException("occurredOn", "supervision.credit.field.required");
		}
		if (event.occurredOn().isAfter(today)) {
			throw new BusinessRuleException("occurredOn", "supervision.credit.future");
		}
		UUID source = UuidV7.next();
		return ledger
			.post(institution, event.kind(), 1, new CreditLedger.Source("MANUAL", source, event.occurredOn()), reason,
					document, user)
			.orElseThrow();
	}

	/** The public credit of a filed institution: its tier and since when, never the score; 404 for drafts. */
	@Transactional(readOnly = true)
	public PublicCredit publicCredit(UUID institutionId) {
		Institution institution = institutions.disclosure(institutionId).institution();
		CreditStanding standing = standing(institution, rows.score(institution.id()).orElse(null));
		return new PublicCredit(institution.id(), standing.tier(), standing.tierSince());
	}

	/** The configured rules, e.g. for the pages' explanation. */
	public CreditRules rules() {
		return policy.rules();
	}

	private CreditStanding standing(Institution institution, CreditRows.Score score) {
		int value = score == null ? policy.initialScore() : score.score();
		return new CreditStanding(institution.id(), institution.name(), institution.divisionCode().value(), value,
				score == null ? policy.tier(value) : score.tier(), score == null ? null : score.tierSince());
	}

	private Institution visible(CurrentUser user, UUID institutionId) {
		if (institutionId == null) {
			throw new NotFoundException("institution");
		}
		Institution institution = institutions.institutionsByIds(Set.of(institutionId)).get(institutionId);
		if (institution == null || !InstitutionManagement.visible(user, institution)) {
			throw new NotFoundException("institution");
		}
		return institution;
	}

	private static String text(String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new BusinessRuleException(field, "supervision.credit.field.required");
		}
		if (text.length() > max) {
			throw new BusinessRuleException(field, "supervision.credit.field.tooLong", max);
		}
		return text;
	}
}
