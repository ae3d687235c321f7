package org.tuoyu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public directory around a point in Yixing, far from other tests' institutions:
 * near (≈200 m, inclusive, older toddlers, 2,000 yuan), middle (≈800 m, city demonstration,
 * infants, 3,500 yuan), far (≈1,500 m) and a draft at ≈100 m that must never show.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryIntegrationTests {

	private static final double LAT = 31.3400;

	private static final double LNG = 119.8200;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	UUID near;

	UUID middle;

	UUID far;

	UUID draft;

	@BeforeAll
	void institutions() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		near = create(admin, "dir-near", 0.0018, 8101);
		middle = create(admin, "dir-middle", 0.0072, 8102);
		far = create(admin, "dir-far", 0.0135, 8103);
		draft = create(admin, "dir-draft", 0.0009, 8104);
		MockHttpSession nearOrg = Logins.login(mvc, "dir-near", "Institution2026");
		MockHttpSession middleOrg = Logins.login(mvc, "dir-middle", "Institution2026");
		addClass(nearOrg, near, "OLDER_TODDLER");
		addClass(middleOrg, middle, "INFANT");
		mvc.perform(put("/api/v1/institutions/" + near + "/designations").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inclusive\":true,\"inclusivePriceCap\":2500,\"inclusiveValidUntil\":\"%s\"}"
				.formatted(TestClock.today().plusYears(1))))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/institutions/" + middle + "/designations").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inclusive\":false,\"demonstrationLevel\":\"CITY\"}"))
			.andExpect(status().isOk());
		fee(nearOrg, near, "OLDER_TODDLER", 2000);
		fee(middleOrg, middle, "INFANT", 3500);
		// Filing is tested on its own; here the three are simply filed.
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id IN (:ids)")
			.param("ids", java.util.List.of(near, middle, far))
			.update();
	}

	private UUID create(MockHttpSession admin, String username, double northOffset, int serial) throws Exception {
		String body = Institutions.json(CreditCodes.valid(serial), username,
				"320282001", "STANDALONE", 1, "")
			.replace("\"latitude\":31.5689", "\"latitude\":" + String.format("%.6f", LAT + northOffset))
			.replace("\"longitude\":120.2991", "\"longitude\":" + LNG)
			.replace("\"indoorArea\":420.5", "\"indoorArea\":420.5,\"communityCode\":\"" + community(username) + "\"");
		String answer = mvc.perform(post("/api/v1/institutions").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(json.readTree(answer).get("institution").get("id").asString());
	}

	/** The near institution's site is in 茶东社区, the others in 荆东社区. */
	private static String community(String username) {
		return username.equals("dir-near") ? "320282001001" : "320282001002";
	}

	private void addClass(MockHttpSession org, UUID id, String type) throws Exception {
		String site = json.readTree(mvc.perform(get("/api/v1/institutions/" + id).session(org))
			.andReturn().getResponse().getContentAsString()).get("sites").get(0).get("id").asString();
		mvc.perform(post("/api/v1/institutions/" + id + "/classes").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\":\"%s\",\"name\":\"一班\",\"type\":\"%s\",\"capacity\":8}".formatted(site, type)))
			.andExpect(status().isCreated());
	}

	private void fee(MockHttpSession org, UUID id, String type, int amount) throws Exception {
		mvc.perform(put("/api/v1/institutions/" + id + "/fees").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classType\":\"%s\",\"serviceForm\":\"FULL_DAY\",\"monthlyFee\":%d}".formatted(type, amount)))
			.andExpect(status().isOk());
	}

	private JsonNode search(String query) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/directory/institutions?lat=" + LAT + "&lng=" + LNG + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static java.util.List<String> ids(JsonNode results) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		results.forEach(r -> ids.add(r.get("id").asString()));
		return ids;
	}

	@Test
	void resultsAreWithinTheRadiusSortedByDistanceAndNeverDrafts() throws Exception {
		JsonNode results = search("");
		assertThat(ids(results)).containsExactly(near.toString(), middle.toString());
		assertThat(results.get(0).get("distanceM").asInt()).isBetween(190, 210);
		assertThat(results.get(1).get("distanceM").asInt()).isBetween(790, 810);
		assertThat(results.get(0).get("places").asInt()).isEqualTo(8);
		assertThat(results.get(0).get("monthlyFeeFrom").asInt()).isEqualTo(2000);
		assertThat(ids(search("&radiusM=2000"))).containsExactly(near.toString(), middle.toString(), far.toString());
		assertThat(ids(search("&radiusM=500"))).containsExactly(near.toString());
	}

	@Test
	void filtersNarrowTheResults() throws Exception {
		assertThat(ids(search("&inclusive=true"))).containsExactly(near.toString());
		assertThat(ids(search("&maxFee=3000"))).containsExactly(near.toString());
		assertThat(ids(search("&ageMonths=8"))).containsExactly(middle.toString());
		assertThat(ids(search("&ageMonths=30"))).containsExactly(near.toString());
		assertThat(ids(search("&demonstration=true"))).containsExactly(middle.toString());
		assertThat(ids(search("&serviceForm=HOURLY"))).isEmpty();
	}

	@Test
	void aCommunityStandsForTheCentreOfItsSitesOrElseItsStreet() throws Exception {
		JsonNode fromCommunity = json.readTree(mvc.perform(get("/api/v1/directory/institutions")
			.param("community", "320282001001"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(fromCommunity.get(0).get("id").asString()).isEqualTo(near.toString());
		assertThat(fromCommunity.get(0).get("distanceM").asInt()).isZero();
		// 和平社区 has no site: its street's centre is used, so something is still found.
		mvc.perform(get("/api/v1/directory/institutions").param("community", "320282001003"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThan(0)));
		mvc.perform(get("/api/v1/directory/institutions").param("community", "999999999999"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/directory").param("street", "320282001"))
			.andExpect(content().string(containsString("茶东社区居民委员会")));
		mvc.perform(get("/directory").param("street", "320282001").param("community", "320282001001"))
			.andExpect(content().string(containsString("dir-near")));
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(post("/api/v1/institutions").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Institutions.json(CreditCodes.valid(8199), "dir-wrong-community",
					"320282001", "STANDALONE", 1, "")
				.replace("\"indoorArea\":420.5", "\"indoorArea\":420.5,\"communityCode\":\"320213021001\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("institution.site.communityOutsideStreet"));
	}

	@Test
	void badSearchesAreExplained() throws Exception {
		mvc.perform(get("/api/v1/directory/institutions?lat=" + LAT + "&lng=" + LNG + "&radiusM=50"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("范围须在100到20000米之间"));
		mvc.perform(get("/api/v1/directory/institutions?lng=" + LNG)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("directory.point"));
	}

	@Test
	void theDisclosurePageShowsFiledInstitutionsOnly() throws Exception {
		mvc.perform(get("/api/v1/directory/institutions/" + near))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.detail.institution.name").value("阳光宝贝托育中心 dir-near"))
			.andExpect(jsonPath("$.detail.fees[0].monthlyFee").value(2000));
		mvc.perform(get("/api/v1/directory/institutions/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/directory/institutions/" + near))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("信息公示")))
			.andExpect(content().string(containsString("阳光宝贝托育中心 dir-near")));
		mvc.perform(get("/directory/institutions/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/directory").param("lat", String.valueOf(LAT)).param("lng", String.valueOf(LNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("找到 2 家机构")))
			.andExpect(content().string(not(containsString("dir-draft"))));
		mvc.perform(get("/directory").param("street", "320282001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir-near")));
	}
}
