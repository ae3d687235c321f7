package org.tuoyu.messaging.daily;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.messaging.daily.ClassSheet.ChildSheet;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;

/**
 * Demo daily reports (profile {@code demo}), through the facade as the demo staff would record
 * them: the demo caregiver's class's morning so far (breakfast, drinks, an activity, lunch and
 * the nap, whatever has happened by the time the demo starts), and for the demo parent's placed
 * child a medicine request with its dose given at noon.
 */
@Component
@Profile("demo")
// after the conversations demo, which links the demo caregiver to the class of the parent's child
@Order(130)
class DemoDailyReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDailyReports.class);

	private final JdbcTemplate jdbc;

	private final DailyReportManagement daily;

	private final FamilyManagement family;

	private final Clock clock;

	DemoDailyReports(JdbcTemplate jdbc, DailyReportManagement daily, FamilyManagement family, Clock clock) {
		this.jdbc = jdbc;
		this.daily = daily;
		this.family = family;
		this.clock = clock;
	}

	/** One moment of the class's day: its time and what is recorded for everyone here then. */
	private record Moment(LocalTime time, EntryKind kind, Meal meal, Portion portion, Integer millilitres, String text) {
	}

	private static final List<Moment> MORNING = List.of(
			new Moment(LocalTime.of(8, 20), EntryKind.MEAL, Meal.BREAKFAST, Portion.ALL, null, "小米粥、鸡蛋、奶黄包"),
			new Moment(LocalTime.of(9, 0), EntryKind.DRINK, null, null, 120, null),
			new Moment(LocalTime.of(9, 30), EntryKind.ACTIVITY, null, null, null, "户外活动：滑滑梯、拍皮球"),
			new Moment(LocalTime.of(10, 0), EntryKind.MEAL, Meal.MORNING_SNACK, Portion.MOST, null, "苹果块"),
			new Moment(LocalTime.of(10, 30), EntryKind.DRINK, null, null, 100, null),
			new Moment(LocalTime.of(11, 20), EntryKind.MEAL, Meal.LUNCH, Portion.MOST, null, "软米饭、番茄炒蛋、青菜"),
			new Moment(LocalTime.of(12, 0), EntryKind.NAP, null, null, null, null));

	@Override
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("SELECT count(*) FROM messaging_daily_entry", Long.class);
		List<CurrentUser> caregivers = staff("caregiver", Role.CAREGIVER);
		if ((existing != null && existing > 0) || caregivers.isEmpty()) {
			return;
		}
		CurrentUser caregiver = caregivers.get(0);
		LocalDateTime now = LocalDateTime.now(clock);
		int recorded = 0;
		for (DailyClass careClass : daily.classes(caregiver)) {
			List<UUID> here = daily.classSheet(caregiver, careClass.id(), null)
				.children()
				.stream()
				.filter(ChildSheet::present)
				.map(ChildSheet::childId)
				.toList();
			for (Moment moment : MORNING) {
				LocalDateTime at = now.toLocalDate().atTime(moment.time());
				if (here.isEmpty() || at.isAfter(now)) {
					break;
				}
				daily.record(caregiver, new NewEntries(here, moment.kind(), at, moment.meal(), moment.portion(),
						moment.millilitres(), null, null, null, null, moment.text(), null));
				recorded += here.size();
			}
		}
		recorded += parentsChild(now);
		log.info("Demo daily reports: {} entries", recorded);
	}

	/** The demo parent's placed child: a medicine request for today, given at noon when noon has passed. */
	private int parentsChild(LocalDateTime now) {
		List<UUID> parents = jdbc.queryForList("SELECT id FROM platform_account WHERE username = 'parent'", UUID.class);
		List<CurrentUser> admins = staff("org-admin", Role.INSTITUTION_ADMIN);
		if (parents.isEmpty() || admins.isEmpty()) {
			return 0;
		}
		CurrentUser parent = new CurrentUser(parents.get(0), "parent", "家长 刘洋", Role.GUARDIAN,
				DataScope.guardian(parents.get(0)));
		for (var child : family.children(parent)) {
			try {
				UUID request = daily.requestMedicine(parent, new NewMedicineRequest(child.id(), null, "小儿氨酚黄那敏颗粒",
						"半袋", List.of(LocalTime.NOON), "饭后服用，用温水冲开"));
				if (!now.toLocalTime().isBefore(LocalTime.NOON)) {
					daily.giveMedicine(admins.get(0), request, new NewDose(now.toLocalDate().atTime(12, 10), null));
					return 1;
				}
				return 0;
			}
			catch (BusinessRuleException | NotFoundException elsewhere) {
				// a child waiting for a place, or placed elsewhere, has no demo request here; try the next one
			}
		}
		return 0;
	}

	private List<CurrentUser> staff(String username, Role role) {
		return jdbc.query("SELECT id, display_name, institution_id FROM platform_account WHERE username = ?",
				(rs, n) -> new CurrentUser(rs.getObject("id", UUID.class), username, rs.getString("display_name"), role,
						DataScope.institution(rs.getObject("institution_id", UUID.class))),
				username);
	}
}
