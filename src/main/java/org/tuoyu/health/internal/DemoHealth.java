package org.tuoyu.health.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.health.CheckOutcome;
import org.tuoyu.health.CheckSession;
import org.tuoyu.health.HealthManagement;
import org.tuoyu.health.IncidentManagement;
import org.tuoyu.health.IncidentType;
import org.tuoyu.health.NewDailyCheck;
import org.tuoyu.health.NewIncident;
import org.tuoyu.health.Severity;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;

/**
 * Demo health records (profile {@code demo}): a passed admission check of every placed child
 * (set-based SQL), then through the facades so that notices and signals follow as they would:
 * the demo health worker's morning checks at the demo institution today, three children of one
 * class with fever (an outbreak signal to the institution and district, notices to their
 * guardians), and a serious fall not yet reported to the district.
 */
@Component
@Profile("demo")
@Order(97)
class DemoHealth implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHealth.class);

	private static final int CHECKED = 40;

	private final JdbcTemplate jdbc;

	private final HealthManagement health;

	private final IncidentManagement incidents;

	private final PlacementManagement placements;

	private final Clock clock;

	DemoHealth(JdbcTemplate jdbc, HealthManagement health, IncidentManagement incidents, PlacementManagement placements,
			Clock clock) {
		this.jdbc = jdbc;
		this.health = health;
		this.incidents = incidents;
		this.placements = placements;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		// every placed child passed an admission check a week before starting, so the demo can check
		// them in; those who started long ago are overdue for a periodic check
		LocalDate today = LocalDate.now(clock);
		int admitted = jdbc.update("""
				INSERT INTO health_examination (id, child_id, institution_id, division_code, kind, examined_on, passed,
				  doctor_name, facility, hearing, haemoglobin)
				SELECT gen_random_uuid(), p.child_id, p.institution_id, i.division_code, 'ADMISSION',
				  least(p.start_date - 7, ?), true, '周医生', '区妇幼保健院', 'PASS', 110 + (abs(hashtext(p.child_id::text)) % 30)
				FROM enrollment_placement p JOIN institution_institution i ON i.id = p.institution_id
				WHERE p.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM health_examination e
				  WHERE e.child_id = p.child_id AND e.kind = 'ADMISSION' AND e.passed)
				""", today);
		if (admitted > 0) {
			log.info("Demo health: {} admission checks", admitted);
		}
		Long existing = jdbc.queryForObject("SELECT count(*) FROM health_daily_check", Long.class);
		List<CurrentUser> workers = jdbc.query("""
				SELECT id, display_name, institution_id FROM platform_account WHERE username = 'health'
				""", (rs, n) -> new CurrentUser(rs.getObject("id", UUID.class), "health", rs.getString("display_name"),
				Role.HEALTH_WORKER, DataScope.institution(rs.getObject("institution_id", UUID.class))));
		if ((existing != null && existing > 0) || workers.isEmpty()) {
			return;
		}
		CurrentUser worker = workers.get(0);
		List<EnrollmentRecord> roster = placements.roster(worker, worker.scope().institutionId());
		if (roster.isEmpty()) {
			return;
		}
		UUID feverClass = roster.get(0).classId();
		int fevers = 0;
		int checked = 0;
		for (EnrollmentRecord child : roster.subList(0, Math.min(CHECKED, roster.size()))) {
			boolean fever = child.classId().equals(feverClass) && fevers < 3;
			BigDecimal temperature = fever ? new BigDecimal("38." + (2 + 3 * fevers))
					: BigDecimal.valueOf(364 + Math.floorMod(child.childId().hashCode(), 7), 1);
			health.recordCheck(worker, new NewDailyCheck(child.childId(), CheckSession.MORNING, temperature,
					Set.of(), null, fever ? CheckOutcome.SENT_HOME : CheckOutcome.ATTEND));
			fevers += fever ? 1 : 0;
			checked++;
		}
		EnrollmentRecord fell = roster.get(roster.size() - 1);
		LocalDateTime occurred = LocalDateTime.now(clock).minusMinutes(40).withSecond(0).withNano(0);
		incidents.record(worker, new NewIncident(fell.childId(), IncidentType.FALL, Severity.SERIOUS, occurred, "户外活动场",
				"跑动时绊倒，额头撞到滑梯边缘，有约2厘米的伤口。", "立即按压止血、冰敷，保健员陪同送医。", occurred.plusMinutes(10), null));
		log.info("Demo health: {} morning checks ({} with fever), one serious incident to report", checked, fevers);
	}
}
