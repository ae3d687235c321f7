package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo complaints and closure (same context as the platform's demo profile test): a year of
 * complaints in every status, some overdue, and a closure case with a child placed and one
 * withdrawn.
 */
@SpringBootTest(properties = "tuoyu.admin.password=")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ComplaintDemoIntegrationTests {

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
				SELECT count(*) FROM supervision_complaint WHERE status IN ('RECEIVED', 'INVESTIGATING') AND due_on < current_date
				""").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT status FROM supervision_closure").query(String.class).list()).containsExactly("CONFIRMED");
		assertThat(jdbc.sql("SELECT status FROM supervision_closure_transfer").query(String.class).list())
			.contains("WITHDRAWN", "NOTIFIED", "PLACED");
	}
}
