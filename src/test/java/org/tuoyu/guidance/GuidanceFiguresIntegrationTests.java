package org.tuoyu.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.guidance.services.GuidanceServices;
import org.tuoyu.guidance.services.ServiceKind;
import org.tuoyu.guidance.services.ServiceSource;
import org.tuoyu.statistics.GuidanceFigures;
import org.tuoyu.statistics.GuidanceFigures.GuidanceCount;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guidance indicators on hand-built data in one town (湖㳇镇, nine communities): who is in the
 * denominator in a year, who counts as guided, home-cared and at the quota, and which communities
 * the service reached.
 */
@TuoyuTest
class GuidanceFiguresIntegrationTests {

	private static final String TOWN = "320282113";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuidanceServices services;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	@Autowired
	GuidanceFigures figures;

	@Test
	void theGuidanceIndicatorsCountTheRegisterOfTheYear() throws Exception {
		LocalDate today = TestClock.today();
		LocalDate yearStart = today.withDayOfYear(1);
		UUID sixTimes = child("001", today.minusYears(1), false, null);
		UUID twice = child("002", today.minusMonths(20), false, null);
		child("200", today.minusMonths(8), false, null);
		UUID enrolledOnline = child("200", today.minusMonths(30), true, null);
		child("201", today.minusYears(2), false, yearStart.minusDays(1));
		UUID leftThisYear = child("201", today.minusYears(2), false, yearStart);
		UUID duplicate = child("202", today.minusYears(1), false, null);
		jdbc.sql("UPDATE guidance_child SET status = 'DUPLICATE', exited_on = :day, exit_reason = '重复登记' WHERE id = :id")
			.param("day", today).param("id", duplicate).update();
		child("202", yearStart.minusYears(3), false, null);
		UUID lastYearOnly = child("203", today.minusYears(2), false, null);

		for (int i = 0; i < 6; i++) {
			serve(sixTimes, ServiceKind.GROUP_CLASS, today, true);
		}
		serve(twice, ServiceKind.HOME_VISIT, today, true);
		serve(twice, ServiceKind.PARENT_CHILD, today, true);
		serve(enrolledOnline, ServiceKind.ONLINE_COURSE, today, false);
		serve(duplicate, ServiceKind.GROUP_CLASS, today, true);
		serve(lastYearOnly, ServiceKind.GROUP_CLASS, yearStart.minusDays(1), true);
		jdbc.sql("UPDATE guidance_child SET status = 'MOVED_AWAY', exited_on = :day, exit_reason = '迁往外市' WHERE id = :id")
			.param("day", yearStart).param("id", leftThisYear).update();

		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		// registered: six times, twice, never, enrolled online, left this year, last year only; guided: the first two and the enrolled one
		assertFigures(indicator(admin, TOWN, "GUIDANCE_RATE"), 3, 6, "50.00");
		assertThat(indicator(admin, TOWN, "GUIDANCE_RATE").get("target").decimalValue()).isEqualByComparingTo("95");
		// home-cared now: six times, twice, never, last year only; at the quota: six times
		assertFigures(indicator(admin, TOWN, "SIX_SESSION_SHARE"), 1, 4, "25.00");
		// reached this year: communities 001, 002 and 200 (the duplicate's 202 too: its service was recorded)
		assertFigures(indicator(admin, TOWN, "COMMUNITY_SERVICE_COVERAGE"), 4, 9, "44.44");
		JsonNode awareness = indicator(admin, TOWN, "AWARENESS_RATE");
		assertThat(awareness.get("value").isNull()).isTrue();
		assertThat(awareness.get("note").asString()).isEqualTo("statistics.note.noSurvey");
		// down to the community
		assertFigures(indicator(admin, TOWN + "001", "GUIDANCE_RATE"), 1, 1, "100.00");
		assertFigures(indicator(admin, TOWN + "203", "GUIDANCE_RATE"), 0, 1, "0.00");
	}

	@Test
	void theAreasTotalsFollowEveryWriteWhateverMadeItAndEqualACountFromScratch() throws Exception {
		String town = "320282112";
		int year = TestClock.today().getYear();
		UUID served = child(town, "001", TestClock.today().minusMonths(10), false, null);
		UUID moving = child(town, "002", TestClock.today().minusMonths(16), false, null);
		assertThat(figures.guidance(town, year)).contains(new GuidanceCount(0, 2, 2, 0));

		serve(served, ServiceKind.GROUP_CLASS, TestClock.today(), true);
		assertThat(figures.guidance(town, year)).contains(new GuidanceCount(1, 2, 2, 0));

		jdbc.sql("UPDATE guidance_child SET community_code = :community WHERE id = :id")
			.param("community", town + "001").param("id", moving).update();
		assertThat(figures.guidance(town + "001", year)).contains(new GuidanceCount(1, 2, 2, 0));
		assertThat(figures.guidance(town + "002", year)).isEmpty();

		// the served child moves: its service goes with it (the yearly counts carry a copy of its area)
		jdbc.sql("UPDATE guidance_child SET community_code = :community WHERE id = :id")
			.param("community", town + "003").param("id", served).update();
		assertThat(figures.guidance(town + "003", year)).contains(new GuidanceCount(1, 1, 1, 0));
		assertThat(figures.guidance(town + "001", year)).contains(new GuidanceCount(0, 1, 1, 0));
		assertThat(jdbc.sql("""
				SELECT count(*) FROM guidance_child_year y JOIN guidance_child c ON c.id = y.child_id
				WHERE (y.area_code, y.birth_date, y.registered_on, y.status, y.enrolled)
				  IS DISTINCT FROM (coalesce(c.community_code, c.division_code), c.birth_date, c.registered_on, c.status, c.enrolled)
				""").query(Integer.class).single()).isZero();

		jdbc.sql("UPDATE guidance_child SET status = 'DUPLICATE', exited_on = :day, exit_reason = '重复登记' WHERE id = :id")
			.param("day", TestClock.today()).param("id", served).update();
		assertThat(figures.guidance(town, year)).contains(new GuidanceCount(0, 1, 1, 0));

		jdbc.sql("INSERT INTO guidance_area_dirty (area_code) VALUES ('*')").update();
		List<Callable<Optional<GuidanceCount>>> readers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			readers.add(() -> figures.guidance(town, year));
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			for (Future<Optional<GuidanceCount>> answer : pool.invokeAll(readers)) {
				assertThat(answer.get()).contains(new GuidanceCount(0, 1, 1, 0));
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM guidance_area_dirty").query(Integer.class).single()).isZero();
	}

	private static void assertFigures(JsonNode indicator, long numerator, long denominator, String value) {
		assertThat(indicator.get("numerator").decimalValue()).isEqualByComparingTo(String.valueOf(numerator));
		assertThat(indicator.get("denominator").decimalValue()).isEqualByComparingTo(String.valueOf(denominator));
		assertThat(indicator.get("value").decimalValue()).isEqualByComparingTo(value);
	}

	/** The indicator of the code among the division's indicators of this year. */
	private JsonNode indicator(MockHttpSession user, String division, String code) throws Exception {
		String body = mvc.perform(get("/api/v1/statistics/indicators").param("division", division).session(user))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).valueStream()
			.filter(node -> node.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private UUID child(String community, LocalDate birth, boolean enrolled, LocalDate exited) {
		return child(TOWN, community, birth, enrolled, exited);
	}

	private UUID child(String town, String community, LocalDate birth, boolean enrolled, LocalDate exited) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = TestClock.nowInCity();
		jdbc.sql("""
				INSERT INTO guidance_child (id, name, sex, birth_date, division_code, community_code, enrolled, source, status,
				  exit_reason, exited_on, registered_on, created_at, updated_at)
				VALUES (:id, '底册宝宝', 'MALE', :birth, :town, :community, :enrolled, 'MANUAL', :status, :reason, :exited,
				  :registered, :now, :now)
				""")
			.param("id", id).param("birth", birth).param("town", town).param("community", town + community)
			.param("enrolled", enrolled).param("status", exited == null ? "ACTIVE" : "MOVED_AWAY")
			.param("reason", exited == null ? null : "迁往外市").param("exited", exited)
			.param("registered", birth.isAfter(TestClock.today().minusYears(1)) ? birth : TestClock.today().minusYears(1))
			.param("now", now)
			.update();
		return id;
	}

	private void serve(UUID child, ServiceKind kind, LocalDate day, boolean free) {
		transactions.executeWithoutResult(status -> services.record(child, kind,
				kind == ServiceKind.ONLINE_COURSE ? ServiceSource.COURSE : ServiceSource.SESSION, UUID.randomUUID(), day, free,
				null));
	}
}
