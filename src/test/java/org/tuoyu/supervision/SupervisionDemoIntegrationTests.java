package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tuoyu.test.TestClock;

/**
 * The supervision demo (same context as the platform's demo profile test): a year of draws whose
 * inspections were carried out, published and credited, graded institutions, complaints in every
 * status, some overdue, and a closure case with a child placed and one withdrawn.
 */
@SpringBootTest(properties = "tuoyu.admin.password=")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class SupervisionDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearOfComplaintsInEveryStatusAndAClosureInProgress() {
		assertThat(jdbc.sql("SELECT count(*) FROM supervision_complaint").query(Long.class).single()).isEqualTo(120);
		assertThat(jdbc.sql("SELECT DISTINCT status FROM supervision_complaint").query(String.class).list())
			.containsExactlyInAnyOrder("RECEIVED", "INVESTIGATING", "UPHELD", "NOT_UPHELD");
		assertThat(jdbc.sql("SELECT count(DISTINCT substr(division_code, 1, 6)) FROM supervision_complaint")
			.query(Long.class).single()).isGreaterThan(3);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM supervision_complaint WHERE status IN ('RECEIVED', 'INVESTIGATING') AND due_on < :today
				""").param("today", TestClock.today()).query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT status FROM supervision_closure").query(String.class).list()).containsExactly("CONFIRMED");
		assertThat(jdbc.sql("SELECT status FROM supervision_closure_transfer").query(String.class).list())
			.contains("WITHDRAWN", "NOTIFIED", "PLACED");
	}

	@Test
	void aYearOfDrawsWhoseInspectionsWereCarriedOutPublishedAndCredited() throws InterruptedException {
		assertThat(jdbc.sql("SELECT count(*) FROM supervision_draw WHERE drawn_at IS NOT NULL").query(Long.class).single())
			.isGreaterThanOrEqualTo(9);
		assertThat(jdbc.sql("""
				SELECT DISTINCT outcome FROM supervision_inspection WHERE source = 'DRAW' AND status = 'CONCLUDED'
				""").query(String.class).list()).contains("COMPLIANT", "RECTIFY");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM supervision_inspection i JOIN supervision_publication p ON p.inspection_id = i.id
				WHERE i.source = 'DRAW'
				""").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM supervision_inspection WHERE source = 'DRAW' AND status = 'SCHEDULED'")
			.query(Long.class).single()).as("the current round is still to inspect").isPositive();
		long credited = 0;
		for (int attempt = 0; attempt < 100 && credited == 0; attempt++) {
			credited = jdbc.sql("SELECT count(*) FROM supervision_credit_event WHERE source_type = 'INSPECTION'")
				.query(Long.class).single();
			Thread.sleep(100);
		}
		assertThat(credited).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM supervision_assessment WHERE grade IS NOT NULL").query(Long.class).single())
			.isPositive();
	}
}
