package org.tuoyu.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class GrowthSummaryIntegrationTests {

	private static final String PASSWORD = "Summary2026pass";

	/** A Liangxi street for the institutions here. */
	private static final String STREET = "320213028";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Test
	void theSummaryCountsMeasuredOnScheduleAndFindingsByClassInstitutionAndArea() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		Filed place = Institutions.filedWithClass(mvc, jdbc, admin, 28_050, "summary-inst", STREET, "苗苗班", "TODDLER", 15);
		Filed second = new Filed(place.id(), secondClass(place), place.username());
		Filed other = Institutions.filedWithClass(mvc, jdbc, admin, 28_051, "summary-other", STREET, "小小班", "TODDLER", 15);
		MockHttpSession nurse = placed().staff(place, STREET, "summary-nurse", Role.HEALTH_WORKER);
		MockHttpSession stranger = placed().staff(other, STREET, "summary-stranger", Role.CAREGIVER);

		measure(nurse, child(place, "13700008050", "正常宝宝"), today(), "10.5", "80.0");
		measure(nurse, child(place, "13700008051", "矮小宝宝"), today(), "9.0", "72.0");
		measure(nurse, child(place, "13700008052", "久未测宝宝"), today().minusMonths(7), "8.0", "72.0");
		measure(nurse, child(second, "13700008053", "消瘦宝宝"), today().minusDays(10), "8.0", "80.0");
		measure(nurse, child(second, "13700008054", "超重宝宝"), today(), "14.0", "80.0");
		child(second, "13700008055", "未测宝宝");

		JsonNode summary = summary(nurse);
		assertThat(summary.get("lines")).hasSize(2);
		JsonNode first = line(summary.get("lines"), place.classId().toString());
		assertThat(first.get("name").asString()).isEqualTo("苗苗班");
		assertLine(first, 3, 2, 3, 1, 2, 0, 2, 0, 2, 0, 2);
		assertThat(first.get("onSchedule").get("percent").asDouble()).isEqualTo(66.7);
		assertLine(line(summary.get("lines"), second.classId().toString()), 3, 2, 3, 0, 2, 1, 2, 1, 2, 1, 2);
		assertLine(summary.get("total"), 6, 4, 6, 1, 4, 1, 4, 1, 4, 1, 4);
		assertThat(summary.get("total").get("stunted").get("percent").asDouble()).isEqualTo(25.0);
		assertThat(summary.get("areas")).isEmpty();

		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "summary-liangxi", "DISTRICT_ADMIN", "320213", PASSWORD);
		MockHttpSession xishan = Officers.signedIn(mvc, admin, "summary-xishan", "DISTRICT_ADMIN", "320205", PASSWORD);
		JsonNode area = summary(liangxi);
		assertLine(line(area.get("lines"), place.id().toString()), 6, 4, 6, 1, 4, 1, 4, 1, 4, 1, 4);
		assertThat(line(area.get("areas"), STREET).get("name").asString()).isNotBlank();
		assertThat(line(area.get("areas"), STREET).get("placed").asInt()).isGreaterThanOrEqualTo(6);
		assertThat(line(area.get("areas"), "320213").get("placed").asInt()).isGreaterThanOrEqualTo(6);

		JsonNode elsewhere = summary(xishan);
		assertThat(elsewhere.toString()).doesNotContain(place.id().toString());
		assertThat(summary(stranger).get("total").get("placed").asInt()).isZero();
		assertThat(summary(stranger).toString()).doesNotContain(place.classId().toString());
		mvc.perform(get("/api/v1/health/growth/summary").session(placed().family(place, "13700008056", "家长宝宝",
				today().minusMonths(16)).guardian())).andExpect(status().isNotFound());

		mvc.perform(get("/org/health/growth/summary").session(nurse))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("生长监测汇总")))
			.andExpect(content().string(containsString("4/7 (57.1%)")));
		mvc.perform(get("/org/health/growth").session(nurse))
			.andExpect(content().string(containsString("/org/health/growth/summary")));
		mvc.perform(get("/admin/health/growth").session(liangxi))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("summary-inst")))
			.andExpect(content().string(containsString("growth-summary-areas")));
		mvc.perform(get("/admin/health/growth").session(nurse)).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'health.growth.summary.read'"
				+ " AND target_id = :institution").param("institution", place.id().toString()).query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
	}

	private static void assertLine(JsonNode line, int placed, int... counts) {
		assertThat(line.get("placed").asInt()).isEqualTo(placed);
		String[] shares = { "onSchedule", "stunted", "wasted", "underweight", "overweight" };
		for (int i = 0; i < shares.length; i++) {
			assertThat(line.get(shares[i]).get("count").asInt()).as(shares[i]).isEqualTo(counts[2 * i]);
			assertThat(line.get(shares[i]).get("of").asInt()).as(shares[i] + " of").isEqualTo(counts[2 * i + 1]);
		}
	}

	private static JsonNode line(JsonNode lines, String key) {
		for (JsonNode line : lines) {
			if (key.equals(line.get("key").asString())) {
				return line;
			}
		}
		throw new AssertionError("no line " + key + " in " + lines);
	}

	private JsonNode summary(MockHttpSession user) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/health/growth/summary").session(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private UUID secondClass(Filed place) throws Exception {
		MockHttpSession org = Logins.login(mvc, place.username(), Institutions.PASSWORD);
		String site = json.readTree(mvc.perform(get("/api/v1/institutions/" + place.id()).session(org)).andReturn()
			.getResponse().getContentAsString()).get("sites").get(0).get("id").asString();
		return UUID.fromString(json.readTree(mvc.perform(post("/api/v1/institutions/" + place.id() + "/classes")
			.session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\":\"%s\",\"name\":\"星星班\",\"type\":\"TODDLER\",\"capacity\":15}".formatted(site)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
	}

	/** A boy of 16 months placed in the class. */
	private UUID child(Filed place, String phone, String name) throws Exception {
		return placed().family(place, phone, name, today().minusMonths(16)).child();
	}

	private ResultActions measure(MockHttpSession user, UUID child, LocalDate on, String kg, String cm) throws Exception {
		return mvc.perform(post("/api/v1/health/children/" + child + "/growth").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"measuredOn\":\"%s\",\"weightKg\":%s,\"lengthCm\":%s,\"confirmed\":true}".formatted(on, kg, cm)))
			.andExpect(status().isCreated());
	}

	private static LocalDate today() {
		return TestClock.today();
	}

	private PlacedChildren placed() {
		return new PlacedChildren(mvc, json, accounts, accountRows, PASSWORD);
	}
}
