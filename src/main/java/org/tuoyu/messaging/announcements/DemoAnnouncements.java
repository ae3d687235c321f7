package org.tuoyu.messaging.announcements;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;

/**
 * Demo announcements (profile {@code demo}): a month of the demo institution's notices through the
 * facade — to every family by the administrator, to the class of the demo parent's child by the demo
 * caregiver, one fee notice asking for acknowledgement — dated back over the month, most read by
 * then and half the fee notice acknowledged; the demo parent has the latest two and the fee notice
 * still to do.
 */
@Component
@Profile("demo")
// after the daily-report demo, and the conversations demo that links the caregiver to the parent's child's class
@Order(142)
class DemoAnnouncements implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAnnouncements.class);

	private final JdbcClient jdbc;

	private final AnnouncementManagement announcements;

	private final Clock clock;

	DemoAnnouncements(JdbcClient jdbc, AnnouncementManagement announcements, Clock clock) {
		this.jdbc = jdbc;
		this.announcements = announcements;
		this.clock = clock;
	}

	/** One notice: how many days ago, whether the caregiver sent it to the class, and whether it asks for acknowledgement. */
	private record Notice(int daysAgo, boolean toClass, boolean acknowledge, String title, String body) {
	}

	private static final List<Notice> MONTH = List.of(
			new Notice(28, false, false, "冬季传染病预防提示",
					"近期流感、诺如病毒进入高发期。请家长每天早上为孩子测量体温，孩子如有发热、呕吐、腹泻等症状请在家休息并告知老师。"),
			new Notice(21, false, false, "家长开放日活动安排",
					"本月第三个周五上午9:00—11:00为家长开放日，欢迎家长来园观摩半日活动。请提前在班级群内报名，每个家庭限1—2人。"),
			new Notice(14, true, false, "本周主题活动：认识颜色",
					"本周我们一起认识红、黄、蓝三种颜色。请家长在家里和孩子一起找一找身边这些颜色的物品，周五可带一件来园分享。"),
			new Notice(10, false, false, "消防安全演练通知", "本周三上午10:00园内进行消防疏散演练，届时会有警报声，请家长不必担心。"),
			new Notice(7, false, true, "2027年1月保育费缴费通知",
					"2027年1月保育费请于1月5日前通过园所收费系统缴纳，普惠托位按物价部门核定标准收取。请点击“确认已知晓”。"),
			new Notice(3, true, false, "请为孩子准备换洗衣物", "天气转凉，请为孩子在园内备好一套换洗衣物（含袜子），并写上孩子的名字。"),
			new Notice(1, false, false, "元旦放假安排", "元旦假期1月1日（周五）放假一天，1月4日（周一）正常入园。祝大家节日快乐！"));

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM messaging_announcement").query(Long.class).single() > 0) {
			return;
		}
		Optional<CurrentUser> head = demoUser("org-admin");
		Optional<CurrentUser> teacher = demoUser("caregiver");
		Optional<UUID> parent = demoUser("parent").map(CurrentUser::accountId);
		if (head.isEmpty() || teacher.isEmpty() || parent.isEmpty()) {
			return;
		}
		List<AnnouncementAudience.AudienceClass> classes = announcements.audience(teacher.get())
			.classes()
			.stream()
			.filter(c -> c.children() > 0)
			.toList();
		OffsetDateTime now = OffsetDateTime.now(clock);
		int published = 0;
		for (Notice notice : MONTH) {
			if (notice.toClass() && classes.isEmpty()) {
				continue;
			}
			NewAnnouncement announcement = notice.toClass()
					? new NewAnnouncement(Audience.CLASS, classes.get(0).id(), null, notice.title(), notice.body(), false)
					: new NewAnnouncement(Audience.INSTITUTION, null, null, notice.title(), notice.body(), notice.acknowledge());
			UUID id = announcements.publish(notice.toClass() ? teacher.get() : head.get(), announcement).id();
			backdate(id, now.minusDays(notice.daysAgo()).withHour(16).withMinute(30), notice, parent.get());
			published++;
		}
		log.info("Demo announcements: {} over the past month", published);
	}

	/**
	 * Dates the notice back and lets most families read it by now: three in four of the others after
	 * a day (all but the last day's), the demo parent those older than three days; half the families
	 * that read the fee notice acknowledged it, never the demo parent's.
	 */
	private void backdate(UUID id, OffsetDateTime at, Notice notice, UUID parent) {
		jdbc.sql("UPDATE messaging_announcement SET published_at = :at WHERE id = :id").param("at", at).param("id", id).update();
		jdbc.sql("""
				UPDATE messaging_announcement_reader SET read_at = :at + make_interval(hours => 2 + abs(hashtext(child_id::text)) % 20)
				WHERE announcement_id = :id AND ((guardian_account_id = :parent AND :daysAgo > 3)
				  OR (guardian_account_id <> :parent AND :daysAgo > 1 AND abs(hashtext(child_id::text)) % 4 <> 0))
				""").param("at", at).param("id", id).param("parent", parent).param("daysAgo", notice.daysAgo()).update();
		if (notice.acknowledge()) {
			jdbc.sql("""
					UPDATE messaging_announcement_family f
					SET acknowledged_at = r.read_at + interval '5 minutes', acknowledged_by = r.guardian_account_id,
					  acknowledged_by_name = r.guardian_name
					FROM messaging_announcement_reader r
					WHERE f.announcement_id = :id AND r.announcement_id = f.announcement_id AND r.child_id = f.child_id
					  AND r.read_at IS NOT NULL AND r.guardian_account_id <> :parent AND abs(hashtext(f.child_id::text)) % 2 = 0
					""").param("id", id).param("parent", parent).update();
		}
	}

	private Optional<CurrentUser> demoUser(String username) {
		return jdbc.sql("SELECT id, display_name, role, institution_id FROM platform_account WHERE username = :username")
			.param("username", username)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				UUID institution = rs.getObject("institution_id", UUID.class);
				return new CurrentUser(id, username, rs.getString("display_name"), Role.valueOf(rs.getString("role")),
						institution == null ? DataScope.guardian(id) : DataScope.institution(institution));
			})
			.optional();
	}
}
