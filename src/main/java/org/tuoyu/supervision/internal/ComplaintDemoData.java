package org.tuoyu.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

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
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.ClosureManagement;
import org.tuoyu.supervision.ComplaintCategory;
import org.tuoyu.supervision.ComplaintManagement;
import org.tuoyu.supervision.ComplaintSettings;
import org.tuoyu.supervision.ComplaintStatus;
import org.tuoyu.supervision.ComplaintUpheld;
import org.tuoyu.supervision.Transfer;

/**
 * Demo complaints and a closure (profile {@code demo}), deterministic from a seed: a year of
 * complaints about institutions across the districts in every status — most decided (some upheld,
 * publishing {@link ComplaintUpheld}), recent ones open, a few past their deadline — and one
 * closure case in 梁溪 confirmed, with one child placed elsewhere and one withdrawn. Complaints are
 * written backdated straight to the module's own tables; the closure goes through its facade.
 */
@Component
@Profile("demo")
@Order(103)
class ComplaintDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ComplaintDemoData.class);

	private static final long SEED = 20261130L;

	private static final int COMPLAINTS = 120;

	private static final String[] DESCRIPTIONS = { "午睡室的窗户没有安装防护栏，孩子可以爬上窗台。", "孩子回家后手臂有淤青，老师说不清原因。",
			"厨房和餐具不卫生，午餐有时是凉的。", "除了公示的保育费，还收取了兴趣班和材料费。", "新来的保育员好像没有健康证。",
			"这个小区里的托育点没有看到备案公示。", "接送时门口没有人核对接送人身份。", "户外活动时间很少，孩子整天待在室内。" };

	private static final String[] UPHELD_REPLIES = { "经现场检查，举报问题属实，已责令机构限期整改，并将结果纳入信用记录。",
			"经调查属实，已约谈机构负责人并责令立即整改，整改情况将跟踪复查。" };

	private static final String[] NOT_UPHELD_REPLIES = { "经现场检查和调取监控，未发现举报所述问题，已提醒机构加强家园沟通。",
			"经核查，机构收费与公示一致，举报问题不属实。" };

	private final ComplaintRows rows;

	private final ClosureManagement closures;

	private final InstitutionDirectory directory;

	private final PlacementManagement placements;

	private final WorkingDays workingDays;

	private final PersonalDataProtection protection;

	private final ComplaintSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Clock clock;

	ComplaintDemoData(ComplaintRows rows, ClosureManagement closures, InstitutionDirectory directory,
			PlacementManagement placements, WorkingDays workingDays, PersonalDataProtection protection,
			ComplaintSettings settings, ApplicationEventPublisher events, TransactionTemplate transactions,
			JdbcClient jdbc, Clock clock) {
		this.rows = rows;
		this.closures = closures;
		this.directory = directory;
		this.placements = placements;
		this.workingDays = workingDays;
		this.protection = protection;
		this.settings = settings;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM supervision_complaint").query(Long.class).single() > 0) {
			return;
		}
		List<Institution> open = directory.open();
		if (open.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> complaints(open));
		closure(open);
	}

	private void complaints(List<Institution> open) {
		Random random = new Random(SEED);
		LocalDate today = LocalDate.now(clock);
		int upheld = 0;
		for (int i = 0; i < COMPLAINTS; i++) {
			Institution institution = open.get(random.nextInt(open.size()));
			LocalDate received = today.minusDays(random.nextInt(365));
			ComplaintCategory category = ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
			String description = DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)];
			boolean named = random.nextInt(3) == 0;
			String phone = "1370" + String.format("%07d", random.nextInt(10_000_000));
			byte[] tracking = new byte[12];
			random.nextBytes(tracking);
			UUID id = UuidV7.next();
			LocalDate due = workingDays.plusWorkingDays(received, settings.deadlineWorkingDays());
			rows.insert(id, institution.id(), institution.name(), institution.divisionCode().value(), category,
					description, named ? "张女士" : null, named ? protection.encrypt(ComplaintManagement.PHONE, phone) : null,
					protection.blindIndex(ComplaintManagement.TRACKING, "DEMO" + UUID.nameUUIDFromBytes(tracking)), received, due);
			int roll = random.nextInt(100);
			boolean old = received.isBefore(today.minusDays(30));
			if (old && roll < 8) {
				// still open long after its deadline: the queue shows it overdue
				rows.update(id, roll < 4 ? ComplaintStatus.RECEIVED : ComplaintStatus.INVESTIGATING, null, null, null);
			}
			else if (old || roll < 30) {
				LocalDate closed = received.plusDays(3 + random.nextInt(18));
				closed = closed.isAfter(today) ? today : closed;
				boolean isUpheld = roll % 3 == 0;
				rows.update(id, isUpheld ? ComplaintStatus.UPHELD : ComplaintStatus.NOT_UPHELD, closed,
						(isUpheld ? UPHELD_REPLIES : NOT_UPHELD_REPLIES)[random.nextInt(2)], "现场检查记录已归档");
				if (isUpheld) {
					upheld++;
					events.publishEvent(new ComplaintUpheld(id, institution.id(), closed));
				}
			}
			else if (roll < 65) {
				rows.update(id, ComplaintStatus.INVESTIGATING, null, null, "已安排现场核查");
			}
		}
		log.info("Demo complaints: {} over the last year, {} upheld", COMPLAINTS, upheld);
	}

	/** A closure in 梁溪 of the smallest-named institution there with children enrolled. */
	private void closure(List<Institution> open) {
		CurrentUser district = new CurrentUser(new UUID(0, 103), "liangxi", "梁溪区卫健委", Role.DISTRICT_ADMIN,
				DataScope.division(DivisionCode.of("320213")));
		LocalDate today = LocalDate.now(clock);
		open.stream()
			.filter(i -> i.divisionCode().value().startsWith("320213"))
			.sorted(Comparator.comparing(Institution::name).reversed())
			.limit(10)
			.filter(i -> placements.roster(district, i.id()).stream().filter(EnrollmentRecord::active).count() >= 3)
			.findFirst()
			.ifPresent(institution -> {
				UUID id = closures.open(district, institution.id(), "举办者因场地租约到期申请停办，经核查同意有序关停。",
						today.plusDays(45));
				closures.confirm(district, id);
				List<Transfer> transfers = closures.closure(district, id).transfers();
				Transfer placed = transfers.stream()
					.filter(t -> t.proposedInstitutionId() != null)
					.findFirst()
					.orElse(null);
				if (placed != null) {
					closures.recordPlacement(placed.childId(), placed.proposedInstitutionId());
				}
				transfers.stream()
					.filter(t -> t != placed)
					.reduce((first, second) -> second)
					.ifPresent(t -> closures.withdraw(district, id, t.id(), "家长决定回家自行照护"));
				log.info("Demo closure: {} with {} children", institution.name(), transfers.size());
			});
	}
}
