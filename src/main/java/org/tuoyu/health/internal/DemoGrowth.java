package org.tuoyu.health.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuoyu.health.GrowthAssessment;
import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.GrowthMeasurement;
import org.tuoyu.health.GrowthStandards;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.internal.growth.Lms;
import org.tuoyu.health.internal.growth.WhoGrowthStandard;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.Sex;

/**
 * Demo growth records (profile {@code demo}, after {@link DemoHealth}): the children placed at
 * the demo institution, then a sample of the others, at most {@value #CHILDREN} in all, get 2–5
 * measurements over their time in care, by a staff member of their institution or, where it has
 * no accounts, the demo health worker. Each child follows the WHO median at its own z-scores,
 * drawn from a seeded {@link Random} between −1.5 and +1.5; every {@value #WORRYING}th child is
 * stunted and the one halfway after it overweight. The z-scores are computed by
 * {@link GrowthStandards} as for a measurement recorded by hand; rows are inserted in batches.
 */
@Component
@Profile("demo")
@Order(98)
class DemoGrowth implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGrowth.class);

	private static final int CHILDREN = 3_000;

	private static final int WORRYING = 40;

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final GrowthRows rows;

	private final GrowthStandards standards;

	private final Clock clock;

	DemoGrowth(JdbcClient jdbc, GrowthRows rows, GrowthStandards standards, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.standards = standards;
		this.clock = clock;
	}

	/** A placed child with who measures it. */
	private record Child(UUID childId, UUID institutionId, String divisionCode, LocalDate startDate,
			LocalDate birthDate, Sex sex, UUID measuredBy) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM health_growth_measurement").query(Long.class).single() > 0) {
			return;
		}
		List<Child> children = jdbc.sql("""
				WITH staff AS (
				  SELECT DISTINCT ON (institution_id) institution_id, id FROM platform_account
				  WHERE institution_id IS NOT NULL ORDER BY institution_id, username = 'health' DESC, username)
				SELECT p.child_id, p.institution_id, i.division_code, p.start_date, c.birth_date, c.sex,
				  coalesce(s.id, (SELECT id FROM platform_account WHERE username = 'health')) AS measured_by
				FROM enrollment_placement p JOIN institution_institution i ON i.id = p.institution_id
				JOIN family_child c ON c.id = p.child_id LEFT JOIN staff s ON s.institution_id = p.institution_id
				WHERE p.status = 'ACTIVE' AND p.start_date < CAST(:today AS date) - 30
				  AND EXISTS (SELECT 1 FROM platform_account WHERE username = 'health')
				ORDER BY EXISTS (SELECT 1 FROM platform_account h WHERE h.username = 'health'
				  AND h.institution_id = p.institution_id) DESC, i.division_code, i.name, c.birth_date, c.name
				LIMIT :limit
				""").param("today", LocalDate.now(clock)).param("limit", CHILDREN)
			.query((rs, n) -> new Child(rs.getObject("child_id", UUID.class), rs.getObject("institution_id", UUID.class),
					rs.getString("division_code"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
					rs.getObject("measured_by", UUID.class)))
			.list();
		WhoGrowthStandard who = WhoGrowthStandard.load();
		Random random = new Random(20_261_129L);
		LocalDate today = LocalDate.now(clock);
		List<GrowthRows.Row> batch = new ArrayList<>();
		int stored = 0;
		for (int n = 0; n < children.size(); n++) {
			Child child = children.get(n);
			double lengthZ = n % WORRYING == 0 ? -2.6 : z(random);
			double weightZ = n % WORRYING == WORRYING / 2 ? 2.5 : z(random);
			int count = 2 + random.nextInt(4);
			LocalDate first = max(child.startDate(), child.birthDate().plusDays(14));
			LocalDate last = today.minusDays(random.nextInt(n % 10 == 0 ? 300 : 75));
			long span = ChronoUnit.DAYS.between(first, last);
			if (span < 0) {
				continue;
			}
			for (int i = 0; i < count; i++) {
				LocalDate on = first.plusDays(count == 1 ? span : span * i / (count - 1));
				GrowthRows.Row row = row(who, child, on, lengthZ, weightZ);
				if (row != null) {
					batch.add(row);
				}
			}
			if (batch.size() >= BATCH) {
				rows.insertAll(batch);
				stored += batch.size();
				batch.clear();
			}
		}
		rows.insertAll(batch);
		stored += batch.size();
		log.info("Demo growth: {} measurements of {} children", stored, children.size());
	}

	/** A measurement at the child's z-scores on the day, or null where the standard does not reach. */
	private GrowthRows.Row row(WhoGrowthStandard who, Child child, LocalDate on, double lengthZ, double weightZ) {
		int ageDays = (int) ChronoUnit.DAYS.between(child.birthDate(), on);
		if (ageDays < 0 || ageDays > WhoGrowthStandard.LAST_DAY) {
			return null;
		}
		LengthMethod basis = WhoGrowthStandard.basisAt(ageDays);
		Lms lengthAt = who.lms(GrowthIndicator.LENGTH_FOR_AGE, child.sex(), basis, ageDays);
		if (lengthAt == null) {
			return null;
		}
		BigDecimal length = round(lengthAt.measurementAt(lengthZ), 1);
		Lms weightAt = who.lms(GrowthIndicator.WEIGHT_FOR_LENGTH, child.sex(), basis, length.doubleValue());
		if (weightAt == null) {
			weightAt = who.lms(GrowthIndicator.WEIGHT_FOR_AGE, child.sex(), basis, ageDays);
		}
		BigDecimal weight = round(weightAt.measurementAt(weightZ), 2);
		Lms headAt = who.lms(GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE, child.sex(), basis, ageDays);
		BigDecimal head = headAt == null ? null : round(headAt.measurementAt(lengthZ / 2), 1);
		GrowthAssessment assessment = standards.assess(new GrowthMeasurement(child.sex(), child.birthDate(), on, weight,
				length, basis, head));
		return new GrowthRows.Row(UuidV7.next(), child.childId(), child.institutionId(), child.divisionCode(), on, weight,
				length, basis, head, child.measuredBy(), assessment);
	}

	private static double z(Random random) {
		return -1.5 + 3 * random.nextDouble();
	}

	private static BigDecimal round(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
