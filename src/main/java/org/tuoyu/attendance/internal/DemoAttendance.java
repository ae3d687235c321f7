package org.tuoyu.attendance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.attendance.LiveRatio;
import org.tuoyu.institution.ClassType;
import org.tuoyu.staff.StaffRules;

/**
 * Demo attendance (profile {@code demo}), deterministic from the children's ids: today every open
 * institution's assigned caregivers came in at 07:30 and about 85 % of the children placed between
 * 08:00 and 09:00; a few of the others are reported ill; classes short of caregivers carry an open
 * ratio breach since 08:30; the demo institution has four weeks of past days, with pick-ups. Written
 * set-based, straight to the tables.
 */
@Component
@Profile("demo")
@Order(95)
class DemoAttendance implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAttendance.class);

	/** A number from 0 to 99 fixed by a child's id and a salt. */
	private static final String ROLL = "(('x' || substr(md5(%s::text || '%s'), 1, 7))::bit(28)::int %% 100)";

	private final JdbcTemplate jdbc;

	private final LiveRatioPolicy ratios;

	private final Clock clock;

	DemoAttendance(JdbcTemplate jdbc, StaffRules staffRules, Clock clock) {
		this.jdbc = jdbc;
		this.ratios = new LiveRatioPolicy(staffRules);
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("SELECT count(*) FROM attendance_visit", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Timestamp morning = at(today, 7, 30);
		int caregivers = jdbc.update("""
				INSERT INTO attendance_staff_visit (id, person_id, institution_id, class_id, division_code, day, checked_in_at)
				SELECT DISTINCT ON (a.person_id) gen_random_uuid(), a.person_id, a.institution_id, a.class_id, i.division_code, ?, ?
				FROM staff_assignment a JOIN institution_institution i ON i.id = a.institution_id
				WHERE i.status IN ('FILED', 'VERIFIED') ORDER BY a.person_id, a.class_id
				""", Date.valueOf(today), morning);
		int children = jdbc.update("""
				INSERT INTO attendance_visit (id, child_id, institution_id, class_id, division_code, day, checked_in_at)
				SELECT gen_random_uuid(), p.child_id, p.institution_id, p.class_id, i.division_code, ?,
				  CAST(? AS timestamptz) + make_interval(mins => %s)
				FROM enrollment_placement p JOIN institution_institution i ON i.id = p.institution_id
				WHERE p.status = 'ACTIVE' AND p.start_date <= ? AND %s < 85
				""".formatted(roll("p.child_id", "minute"), roll("p.child_id", "today")), Date.valueOf(today),
				at(today, 8, 0), Date.valueOf(today));
		int ill = jdbc.update("""
				INSERT INTO attendance_absence (id, child_id, first_day, last_day, reason, symptoms, reported_by, reported_at)
				SELECT gen_random_uuid(), p.child_id, ?, ?, 'ILLNESS',
				  CASE WHEN %s < 50 THEN ARRAY['FEVER', 'COUGH'] ELSE ARRAY['DIARRHOEA'] END, g.account_id, ?
				FROM enrollment_placement p JOIN family_guardianship g ON g.child_id = p.child_id
				WHERE p.status = 'ACTIVE' AND p.start_date <= ? AND %s BETWEEN 85 AND 92
				""".formatted(roll("p.child_id", "symptom"), roll("p.child_id", "today")), Date.valueOf(today),
				Date.valueOf(today.plusDays(1)), at(today, 7, 10), Date.valueOf(today));
		int past = pastWeeks(today);
		int breaches = breaches(today);
		log.info("Demo attendance: {} caregivers and {} children in today, {} reported ill, {} past visits, {} breaches",
				caregivers, children, ill, past, breaches);
	}

	/** Four weeks of working days at the demo institution: in between 08:00 and 09:00, out between 16:30 and 17:45. */
	private int pastWeeks(LocalDate today) {
		return jdbc.update("""
				INSERT INTO attendance_visit (id, child_id, institution_id, class_id, division_code, day, checked_in_at,
				  checked_out_at, pickup_name, late)
				SELECT gen_random_uuid(), p.child_id, p.institution_id, p.class_id, i.division_code, d::date,
				  (d::date + time '08:00') AT TIME ZONE ? + make_interval(mins => %s),
				  (d::date + time '16:30') AT TIME ZONE ? + make_interval(mins => %s),
				  a.display_name, %s >= 60
				FROM enrollment_placement p JOIN institution_institution i ON i.id = p.institution_id
				JOIN family_guardianship g ON g.child_id = p.child_id JOIN platform_account a ON a.id = g.account_id
				CROSS JOIN generate_series(?::date - 28, ?::date - 1, interval '1 day') d
				WHERE p.status = 'ACTIVE' AND p.start_date <= d::date AND extract(isodow FROM d) < 6
				  AND p.institution_id = (SELECT institution_id FROM platform_account WHERE username = 'org-admin')
				  AND %s < 92
				""".formatted(roll("p.child_id || d::text", "in"), roll("p.child_id || d::text", "out") + " * 75 / 100",
				roll("p.child_id || d::text", "out") + " * 75 / 100", roll("p.child_id || d::text", "came")),
				clock.getZone().getId(), clock.getZone().getId(), Date.valueOf(today), Date.valueOf(today));
	}

	/** An open breach since 08:30 for every class with more children present than its caregivers may look after. */
	private int breaches(LocalDate today) {
		List<Object[]> open = new ArrayList<>();
		jdbc.query("""
				SELECT k.id, k.institution_id, i.division_code, k.class_type,
				  (SELECT count(*) FROM attendance_visit v WHERE v.class_id = k.id AND v.checked_out_at IS NULL) AS children,
				  (SELECT count(*) FROM attendance_staff_visit s WHERE s.class_id = k.id AND s.checked_out_at IS NULL) AS caregivers
				FROM institution_class k JOIN institution_institution i ON i.id = k.institution_id
				WHERE i.status IN ('FILED', 'VERIFIED')
				""", rs -> {
			LiveRatio ratio = ratios.of(ClassType.valueOf(rs.getString("class_type")), rs.getInt("children"),
					rs.getInt("caregivers"));
			if (ratio.breached()) {
				open.add(new Object[] { UUID.randomUUID(), rs.getObject("id", UUID.class),
						rs.getObject("institution_id", UUID.class), rs.getString("division_code"), at(today, 8, 30),
						ratio.children(), ratio.caregivers() });
			}
		});
		jdbc.batchUpdate("""
				INSERT INTO attendance_ratio_breach (id, class_id, institution_id, division_code, started_at, most_children,
				  fewest_caregivers) VALUES (?, ?, ?, ?, ?, ?, ?)
				""", open);
		return open.size();
	}

	private static String roll(String column, String salt) {
		return ROLL.formatted(column, salt).replace("%%", "%");
	}

	private Timestamp at(LocalDate day, int hour, int minute) {
		return Timestamp.from(day.atTime(hour, minute).atZone(clock.getZone()).toInstant());
	}
}
