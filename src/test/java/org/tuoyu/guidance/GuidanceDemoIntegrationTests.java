package org.tuoyu.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TestClock;

/**
 * The demo profile's parenting guidance (the same context as the other demo tests): the register
 * of every street, linked to the demo families, a year of sessions whose ledger keeps the
 * service invariants, and guidance indicators that differ by district.
 */
@SpringBootTest(properties = "tuoyu.admin.password=")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class GuidanceDemoIntegrationTests {

	/** Days of a calendar year before the demo's sessions fill this year's figures. */
	private static final int YOUNG_YEAR_DAYS = 75;

	private static final List<String> DISTRICTS = List.of("320205", "320206", "320211", "320213", "320214", "320281",
			"320282");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDistrictsRegisterIsProportionalToItsPopulation() {
		Map<String, Long> registered = new HashMap<>();
		jdbc.sql("""
				SELECT left(division_code, 6), count(*) FROM guidance_child WHERE status IN ('ACTIVE', 'MOVED_AWAY')
				GROUP BY 1
				""").query(rs -> {
			registered.put(rs.getString(1), rs.getLong(2));
		});
		for (String district : DISTRICTS) {
			long residents = jdbc.sql("SELECT residents FROM region_population WHERE division_code = :d AND year = 2020")
				.param("d", district).query(Long.class).single();
			double expected = residents * 207_477.0 / 7_479_500.0 / 2;
			assertThat((double) registered.get(district)).as("a sample of one in two in " + district)
				.isCloseTo(expected, within(expected * 0.01 + 10));
		}
		assertThat(registered.values().stream().mapToLong(Long::longValue).sum()).isBetween(100_000L, 108_000L);
		assertThat(count("SELECT count(*) FROM guidance_child WHERE status = 'MOVED_AWAY' AND exit_reason IS NOT NULL"))
			.isBetween(500L, 3_000L);
		assertThat(count("SELECT count(*) FROM guidance_child WHERE status = 'AGED_OUT' AND exited_on <= :today"))
			.isGreaterThan(2_500L);
		assertThat(count("""
				SELECT count(*) FROM guidance_child WHERE status = 'ACTIVE' AND (birth_date > :today
				  OR birth_date + interval '36 months' <= :today OR community_code IS NULL)
				""")).isZero();
	}

	@Test
	void theDemoFamiliesChildrenAreTheRegistersOwnNeverDuplicated() {
		assertThat(count("SELECT count(*) FROM guidance_child WHERE family_child_id IS NOT NULL"))
			.isEqualTo(count("SELECT count(*) FROM family_child"));
		assertThat(count("""
				SELECT count(*) FROM guidance_child g JOIN family_child f ON f.id = g.family_child_id
				WHERE g.resident_id_index IS DISTINCT FROM f.resident_id_index
				""")).as("linked entries carry the family's resident ID").isZero();
		assertThat(count("""
				SELECT count(*) FROM guidance_child g JOIN family_child f ON f.resident_id_index = g.resident_id_index
				WHERE g.family_child_id IS DISTINCT FROM f.id
				""")).as("no second entry with a family child's number").isZero();
		assertThat(count("""
				SELECT count(*) FROM guidance_child g WHERE g.family_child_id IS NOT NULL AND g.enrolled <> EXISTS
				  (SELECT 1 FROM enrollment_placement p WHERE p.child_id = g.family_child_id AND p.status = 'ACTIVE')
				""")).as("placed children are enrolled, the others home-cared").isZero();
		assertThat(count("SELECT count(*) FROM guidance_child WHERE enrolled")).isGreaterThan(10_000L);
	}

	@Test
	void aYearOfSessionsKeepsTheLedgerOfServicesConsistent() {
		assertThat(count("""
				SELECT count(*) FROM guidance_child_year y
				FULL JOIN (SELECT child_id, extract(year FROM served_on)::int AS year, count(*) AS services,
				  count(*) FILTER (WHERE free) AS free FROM guidance_service GROUP BY 1, 2) s
				  ON s.child_id = y.child_id AND s.year = y.year
				WHERE y.services IS DISTINCT FROM s.services OR y.free_sessions IS DISTINCT FROM s.free
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM guidance_community_year y
				FULL JOIN (SELECT DISTINCT community_code, extract(year FROM served_on)::int AS year FROM guidance_service
				  WHERE community_code IS NOT NULL) s ON s.community_code = y.community_code AND s.year = y.year
				WHERE y.community_code IS NULL OR s.community_code IS NULL
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM guidance_service s WHERE s.source_type = 'SESSION' AND NOT EXISTS (SELECT 1
				  FROM guidance_booking b WHERE b.session_id = s.source_id AND b.child_id = s.child_id
				  AND b.attended_at IS NOT NULL)
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM guidance_booking b WHERE b.attended_at IS NOT NULL AND NOT EXISTS (SELECT 1
				  FROM guidance_service s WHERE s.source_id = b.session_id AND s.child_id = b.child_id)
				""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM guidance_session s WHERE s.capacity < (SELECT count(*) FROM guidance_booking b
				  WHERE b.session_id = s.id AND b.status = 'BOOKED')
				""")).as("never overbooked").isZero();
		assertThat(count("""
				SELECT count(*) FROM guidance_session s WHERE NOT EXISTS (SELECT 1 FROM guidance_commission c
				  WHERE c.id = s.commission_id AND starts_with(s.division_code, c.area_code)
				  AND (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN c.starts_on AND c.ends_on)
				""")).as("inside the commission's area and period").isZero();
		assertThat(count("""
				SELECT count(*) FROM guidance_commission c WHERE c.sessions < (SELECT count(*) FROM guidance_session s
				  WHERE s.commission_id = c.id)
				""")).as("never more than commissioned").isZero();
		assertThat(jdbc.sql("SELECT DISTINCT kind FROM guidance_session").query(String.class).list())
			.containsExactlyInAnyOrder("HOME_VISIT", "GROUP_CLASS", "PARENT_CHILD", "CONSULTATION", "LIVE_ONLINE",
					"RECORDED");
		assertThat(count("""
				SELECT count(*) FROM guidance_booking b JOIN guidance_session s ON s.id = b.session_id
				WHERE b.status = 'WAITLISTED' AND s.starts_at > :now
				""")).as("coming sessions full with a waitlist").isPositive();
		assertThat(count("SELECT count(*) FROM guidance_booking WHERE rating IS NOT NULL")).isPositive();
		assertThat(count("SELECT count(DISTINCT kind) FROM guidance_provider")).isEqualTo(4);
		assertThat(count("""
				SELECT count(*) FROM guidance_provider p WHERE NOT EXISTS (SELECT 1 FROM guidance_provider_document d
				  WHERE d.provider_id = p.id) OR NOT EXISTS (SELECT 1 FROM platform_account a WHERE a.provider_id = p.id)
				""")).isZero();
		assertThat(count("SELECT count(*) FROM guidance_course WHERE published")).isGreaterThan(5);
		assertThat(count("SELECT count(*) FROM guidance_service WHERE kind = 'ONLINE_COURSE'")).isPositive();
	}

	@Test
	void theGuidanceIndicatorsHaveValuesThatDifferByDistrict() throws Exception {
		// The indicators count the calendar year, which starts from nothing on 1 January: the demo's
		// year of sessions shows in them only once the year is a few weeks old.
		assumeTrue(TestClock.today().getDayOfYear() > YOUNG_YEAR_DAYS,
				"the city's guidance year is too young on " + TestClock.today() + " to compare districts");
		MockHttpSession admin = Logins.login(mvc, "admin", "tuoyu2026demo");
		Map<String, Map<String, Double>> values = new HashMap<>();
		for (String division : concat("3202")) {
			String json = mvc.perform(get("/api/v1/statistics/indicators").param("division", division).session(admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Map<String, Double> byCode = new HashMap<>();
			for (String code : List.of("GUIDANCE_RATE", "SIX_SESSION_SHARE", "AWARENESS_RATE", "COMMUNITY_SERVICE_COVERAGE")) {
				List<Number> found = JsonPath.read(json, "$[?(@.code == '" + code + "')].value");
				assertThat(found).as(division + " " + code).hasSize(1).doesNotContainNull();
				byCode.put(code, found.get(0).doubleValue());
			}
			values.put(division, byCode);
		}
		Map<String, Double> huishan = values.get("320206");
		Map<String, Double> yixing = values.get("320282");
		assertThat(huishan.get("GUIDANCE_RATE")).isGreaterThan(yixing.get("GUIDANCE_RATE") + 10);
		assertThat(values.get("320213").get("GUIDANCE_RATE")).isGreaterThan(yixing.get("GUIDANCE_RATE") + 10);
		assertThat(huishan.get("SIX_SESSION_SHARE")).isGreaterThan(yixing.get("SIX_SESSION_SHARE") + 10);
		assertThat(huishan.get("AWARENESS_RATE")).isGreaterThan(yixing.get("AWARENESS_RATE"));
		assertThat(huishan.get("COMMUNITY_SERVICE_COVERAGE")).isGreaterThan(yixing.get("COMMUNITY_SERVICE_COVERAGE"));
		for (String division : concat("3202")) {
			assertThat(values.get(division).get("AWARENESS_RATE")).as(division).isBetween(80.0, 97.0);
			assertThat(values.get(division).get("GUIDANCE_RATE")).as(division).isBetween(50.0, 100.0);
		}
		assertThat(DISTRICTS.stream().map(d -> values.get(d).get("GUIDANCE_RATE")).distinct().count())
			.isEqualTo(DISTRICTS.size());
	}

	@Test
	void theProviderTheCommunityWorkerAndTheParentSeeTheirGuidance() throws Exception {
		MockHttpSession provider = Logins.login(mvc, "provider", "tuoyu2026demo");
		String sessions = mvc.perform(get("/api/v1/guidance/sessions").session(provider))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Object>>read(sessions, "$")).isNotEmpty();
		mvc.perform(get("/provider/guidance/sessions").session(provider)).andExpect(status().isOk());
		MockHttpSession community = Logins.login(mvc, "community", "tuoyu2026demo");
		mvc.perform(get("/admin/guidance/register").session(community)).andExpect(status().isOk());
		mvc.perform(get("/admin/guidance/quota").param("month", TestClock.thisMonth().toString()).session(community))
			.andExpect(status().isOk());
		MockHttpSession parent = Logins.login(mvc, "parent", "tuoyu2026demo");
		String quota = mvc.perform(get("/api/v1/guidance/family/quota").session(parent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the counter is the ledger's: three free sessions this year once the year is old enough to hold them
		long attended = count("""
				SELECT coalesce(max(y.free_sessions), 0) FROM guidance_child_year y JOIN guidance_child c ON c.id = y.child_id
				JOIN family_guardianship g ON g.child_id = c.family_child_id JOIN platform_account a ON a.id = g.account_id
				WHERE a.username = 'parent' AND y.year = :year AND NOT c.enrolled
				""");
		assertThat(JsonPath.<List<Integer>>read(quota, "$[*].quota.attended")).contains((int) attended);
		if (TestClock.today().getDayOfYear() > YOUNG_YEAR_DAYS) {
			assertThat(attended).isEqualTo(3);
		}
		String bookings = mvc.perform(get("/api/v1/guidance/family/bookings").session(parent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(bookings, "$[*].status")).contains("BOOKED", "WAITLISTED");
		mvc.perform(get("/family/guidance").session(parent)).andExpect(status().isOk());
	}

	private long count(String sql) {
		var statement = jdbc.sql(sql);
		if (sql.contains(":today")) {
			statement = statement.param("today", TestClock.today());
		}
		if (sql.contains(":year")) {
			statement = statement.param("year", TestClock.today().getYear());
		}
		if (sql.contains(":now")) {
			statement = statement.param("now", java.time.OffsetDateTime.now(TestClock.get()));
		}
		return statement.query(Long.class).single();
	}

	private static List<String> concat(String city) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(city), DISTRICTS.stream()).toList();
	}
}
