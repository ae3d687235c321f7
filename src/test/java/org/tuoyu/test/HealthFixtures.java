package org.tuoyu.test;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Health records tests need as a precondition, written directly (the health tests go through the API). */
public final class HealthFixtures {

	private HealthFixtures() {
	}

	/** Records a passed admission check today for a child with an active placement, so it can be checked in. */
	public static void admitted(JdbcClient jdbc, UUID child) {
		jdbc.sql("""
				INSERT INTO health_examination (id, child_id, institution_id, division_code, kind, examined_on, passed,
				  doctor_name)
				SELECT gen_random_uuid(), p.child_id, p.institution_id, i.division_code, 'ADMISSION', :today, true,
				  '测试医生'
				FROM enrollment_placement p JOIN institution_institution i ON i.id = p.institution_id
				WHERE p.child_id = :child AND p.status = 'ACTIVE'
				""").param("today", TestClock.today()).param("child", child).update();
	}
}
