package org.tuoyu.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.ChecklistItem;
import org.tuoyu.supervision.ChecklistResult;
import org.tuoyu.supervision.DrawMade;
import org.tuoyu.supervision.FindingSeverity;
import org.tuoyu.supervision.InspectionConcluded;
import org.tuoyu.supervision.InspectionOutcome;
import org.tuoyu.supervision.InspectionSource;
import org.tuoyu.supervision.RectificationEscalated;
import org.tuoyu.supervision.RectificationStatus;

/**
 * Demo inspections (profile {@code demo}), deterministic from a seed: the inspections that the demo's
 * past draws scheduled in Liangxi are carried out by their drawn inspectors (without demo draws,
 * ad-hoc inspections by the demo inspector over the past year), with results, findings,
 * rectification orders (answered and closed, returned, overdue, one escalated) and publications
 * (two overdue); the current round's inspections stay to do. Events are published as a live
 * conclusion would.
 */
@Component
@Profile("demo")
@Order(101)
class DemoInspections implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

	private static final DivisionCode LIANGXI = DivisionCode.of("320213");

	private static final long SEED = 20261130L;

	private static final int CONCLUDED = 12;

	private static final String REASON = "演示：年度监督检查";

	private final InspectionRows rows;

	private final RectificationRows orders;

	private final PublicationRows publications;

	private final ChecklistCatalog checklist;

	private final InstitutionManagement institutions;

	private final AccountManagement accounts;

	private final PublicationDeadlinePolicy publicationDeadline;

	private final RectificationDeadlinePolicy rectificationDeadline;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoInspections(InspectionRows rows, RectificationRows orders, PublicationRows publications,
			ChecklistCatalog checklist, InstitutionManagement institutions, AccountManagement accounts,
			PublicationDeadlinePolicy publicationDeadline, RectificationDeadlinePolicy rectificationDeadline,
			ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
		this.rows = rows;
		this.orders = orders;
		this.publications = publications;
		this.checklist = checklist;
		this.institutions = institutions;
		this.accounts = accounts;
		this.publicationDeadline = publicationDeadline;
		this.rectificationDeadline = rectificationDeadline;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean seeded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM supervision_inspection WHERE reason = :reason OR (source = 'DRAW' AND status = 'CONCLUDED'))")
			.param("reason", REASON).query(Boolean.class).single();
		List<UUID> inspectors = accounts.officersCovering(LIANGXI, Role.INSPECTOR);
		List<UUID> districtAdmins = accounts.officersCovering(LIANGXI, Role.DISTRICT_ADMIN);
		if (seeded || inspectors.isEmpty() || districtAdmins.isEmpty()) {
			return;
		}
		UUID admin = districtAdmins.get(0);
		CurrentUser district = new CurrentUser(admin, "demo", "demo", Role.DISTRICT_ADMIN, DataScope.division(LIANGXI));
		List<Institution> filed = institutions.list(district, null, null)
			.stream()
			.map(s -> s.institution())
			.filter(i -> i.status() == InstitutionStatus.FILED || i.status() == InstitutionStatus.VERIFIED)
			.sorted(Comparator.comparing(Institution::id))
			.toList();
		if (filed.isEmpty()) {
			return;
		}
		Random random = new Random(SEED);
		LocalDate today = LocalDate.now(clock);
		List<Drawn> drawn = drawnAndDue(today);
		int made = 0;
		if (drawn.isEmpty()) {
			UUID inspector = inspectors.get(0);
			int total = Math.min(CONCLUDED, filed.size());
			for (int n = 0; n < total; n++) {
				Institution institution = filed.get(n);
				LocalDate concludedOn = today.minusDays(12 + 28L * (CONCLUDED - 1 - n));
				int index = n;
				transactions.executeWithoutResult(tx -> concluded(scheduled(institution, inspector, concludedOn),
						institution, inspector, admin, concludedOn, index, total, random, today));
				made++;
			}
			for (int n = CONCLUDED; n < CONCLUDED + 3 && n < filed.size(); n++) {
				Institution institution = filed.get(n);
				LocalDate due = today.plusDays(10L * (n - CONCLUDED) - 3);
				transactions.executeWithoutResult(tx -> scheduled(institution, inspector, due));
				made++;
			}
		}
		else {
			Map<UUID, Institution> byId = filed.stream().collect(Collectors.toMap(Institution::id, i -> i));
			int total = drawn.size();
			for (int n = 0; n < total; n++) {
				Drawn inspection = drawn.get(n);
				Institution institution = byId.get(inspection.institutionId());
				if (institution == null) {
					continue;
				}
				LocalDate concludedOn = inspection.dueOn().minusDays(5 + random.nextInt(40));
				int index = n;
				transactions.executeWithoutResult(tx -> concluded(inspection.id(), institution, inspection.inspector(),
						admin, concludedOn, index, total, random, today));
				made++;
			}
		}
		log.info("Demo inspections: {} carried out in Liangxi", made);
	}

	/**
	 * The Liangxi inspections that past draws scheduled, oldest first, once the draws' events have
	 * all been handled (they are delivered asynchronously after the demo draws commit).
	 */
	private List<Drawn> drawnAndDue(LocalDate today) {
		for (int attempt = 0; attempt < 300 && pendingDraws() > 0; attempt++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return jdbc.sql("""
				SELECT i.id, i.institution_id, i.due_on, min(a.account_id::text)::uuid AS inspector
				FROM supervision_inspection i JOIN supervision_inspection_inspector a ON a.inspection_id = i.id
				WHERE i.source = 'DRAW' AND i.status = 'SCHEDULED' AND i.due_on < :today AND i.division_code LIKE :division
				GROUP BY i.id, i.institution_id, i.due_on
				ORDER BY i.due_on, i.id
				""")
			.param("today", today)
			.param("division", LIANGXI.value() + "%")
			.query((rs, n) -> new Drawn(rs.getObject("id", UUID.class), rs.getObject("institution_id", UUID.class),
					rs.getObject("due_on", LocalDate.class), rs.getObject("inspector", UUID.class)))
			.list();
	}

	private int pendingDraws() {
		return jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE completion_date IS NULL AND event_type = :type
				""")
			.param("type", DrawMade.class.getName())
			.query(Integer.class)
			.single();
	}

	private UUID scheduled(Institution institution, UUID inspector, LocalDate due) {
		UUID id = UuidV7.next();
		rows.insert(id, institution.id(), institution.name(), institution.divisionCode().value(), InspectionSource.AD_HOC,
				null, REASON, due, checklist.version(), null);
		rows.insertInspectors(id, List.of(inspector));
		rows.insertItems(id, checklist.items());
		return id;
	}

	/**
	 * One concluded inspection. Every third is compliant, every fourth has a serious finding; the
	 * oldest orders are closed except one escalated and one left open (overdue); the two most
	 * recent results past their deadline stay unpublished.
	 */
	private void concluded(UUID id, Institution institution, UUID inspector, UUID admin, LocalDate on, int n,
			int total, Random random, LocalDate today) {
		List<ChecklistItem> items = checklist.items();
		List<ChecklistItem> notMet = new ArrayList<>();
		if (n % 3 != 0) {
			notMet.add(items.get(random.nextInt(items.size())));
			if (random.nextBoolean()) {
				ChecklistItem second = items.get(random.nextInt(items.size()));
				if (!notMet.contains(second)) {
					notMet.add(second);
				}
			}
		}
		int minor = 0;
		int serious = 0;
		List<DemoFinding> findings = new ArrayList<>();
		for (ChecklistItem item : items) {
			boolean failed = notMet.contains(item);
			ChecklistResult result = failed ? ChecklistResult.NOT_MET
					: random.nextInt(10) == 0 ? ChecklistResult.NOT_APPLICABLE : ChecklistResult.MET;
			rows.updateItem(id, item.code(), result, null);
			if (failed) {
				FindingSeverity severity = n % 4 == 1 && findings.isEmpty() ? FindingSeverity.SERIOUS : FindingSeverity.MINOR;
				UUID finding = UuidV7.next();
				rows.insertFinding(finding, id, item.code(), severity, "演示问题：" + item.textZh() + "未落实");
				findings.add(new DemoFinding(finding, severity));
				if (severity == FindingSeverity.SERIOUS) {
					serious++;
				}
				else {
					minor++;
				}
			}
		}
		InspectionOutcome outcome = findings.isEmpty() ? InspectionOutcome.COMPLIANT
				: serious > 0 && n % 8 == 1 ? InspectionOutcome.NON_COMPLIANT : InspectionOutcome.RECTIFY;
		LocalDate publicationDue = publicationDeadline.dueOn(on);
		rows.conclude(id, outcome, outcome == InspectionOutcome.COMPLIANT ? "各项符合要求" : "限期整改", on, inspector,
				publicationDue);
		int orderIndex = 0;
		for (DemoFinding finding : findings) {
			LocalDate deadline = rectificationDeadline.deadline(on, finding.severity());
			UUID order = UuidV7.next();
			orders.insert(order, finding.id(), id, institution.id(), institution.divisionCode().value(), on, deadline);
			settle(order, id, institution, inspector, on, deadline, today, n, total, orderIndex++);
		}
		// two results stay unpublished past their deadline, the latest is not due yet
		boolean unpublished = n == total - 4 || n == total - 3 || n == total - 1;
		if (!unpublished) {
			LocalDate publishedOn = on.plusDays(3 + random.nextInt(10));
			publications.insert(id, publishedOn.isAfter(today) ? today : publishedOn, admin);
		}
		events.publishEvent(new InspectionConcluded(id, institution.id(), institution.divisionCode().value(), outcome,
				minor, serious, on));
	}

	private void settle(UUID order, UUID inspection, Institution institution, UUID inspector, LocalDate on,
			LocalDate deadline, LocalDate today, int n, int total, int orderIndex) {
		if (today.isAfter(deadline) && n == 1 && orderIndex == 0) {
			orders.decide(order, RectificationStatus.ESCALATED, "逾期未整改，移交处理", deadline.plusDays(1), inspector);
			events.publishEvent(new RectificationEscalated(order, inspection, institution.id(), deadline.plusDays(1)));
		}
		else if (n == 4 || n == total - 1) {
			// left open: overdue once the deadline has passed
			return;
		}
		else if (today.isAfter(deadline)) {
			orders.answer(order, "已按要求整改，附照片", deadline.minusDays(1), null);
			orders.decide(order, RectificationStatus.CLOSED, null, deadline, inspector);
		}
		else if (orderIndex == 0) {
			orders.answer(order, "已整改，请验收", on.plusDays(2), null);
		}
	}

	private record DemoFinding(UUID id, FindingSeverity severity) {
	}

	private record Drawn(UUID id, UUID institutionId, LocalDate dueOn, UUID inspector) {
	}
}
