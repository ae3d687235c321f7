package org.tuoyu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.statistics.internal.InstitutionFigures;
import org.tuoyu.statistics.internal.LiveFigures;
import org.tuoyu.test.Figures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one map: the choropleth equals the indicators, the markers, the street gaps computed exactly
 * on hand-built data in Xinwu's streets (no other test uses them), scope and bad input, the page.
 */
@TuoyuTest
class StatisticsMapIntegrationTests {

	private static final String XINWU = "320214";

	/** 硕放街道: three institutions, 20,000 residents. */
	private static final String A = "320214051";

	/** 江溪街道: no institution, 30,000 residents. */
	private static final String B = "320214052";

	/** 新安街道: one institution of 50 places, 10,001 residents. */
	private static final String C = "320214053";

	/** 梅村街道: one institution and two full ones (one inclusive), 5,000 residents. */
	private static final String D = "320214054";

	private static final String PASSWORD = "Map2026pass";

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

	@Autowired
	InstitutionFigures figures;

	@Autowired
	LiveFigures live;

	/** Created once: the tests share the database, so the institutions are filed only once. */
	private static Map<String, Filed> built;

	@Test
	void theStreetsFurthestFromTargetAreRankedExactlyWithTheNearestInstitutionsThatCouldAddPlaces() throws Exception {
		Map<String, Filed> place = build();
		MockHttpSession xinwu = xinwu();
		gaps(xinwu, XINWU, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.division").value(XINWU))
			.andExpect(jsonPath("$.placesPerThousand").value(4.5))
			.andExpect(jsonPath("$.childShare.year").value(2021))
			.andExpect(jsonPath("$.childShare.children").value(207477))
			.andExpect(jsonPath("$.childShare.residents").value(7479500))
			.andExpect(jsonPath("$.streets.length()").value(10))
			// 江溪: 30,000 residents → 832 children, 135 target places, none there
			.andExpect(jsonPath("$.streets[0].code").value(B))
			.andExpect(jsonPath("$.streets[0].name").value("江溪街道"))
			.andExpect(jsonPath("$.streets[0].residents").value(30000))
			.andExpect(jsonPath("$.streets[0].demand").value(832))
			.andExpect(jsonPath("$.streets[0].places").value(0))
			.andExpect(jsonPath("$.streets[0].targetPlaces").value(135))
			.andExpect(jsonPath("$.streets[0].gap").value(135))
			.andExpect(jsonPath("$.streets[0].sites").value(0))
			.andExpect(jsonPath("$.streets[0].centre").doesNotExist())
			// from the district's centre (mean of its 7 operating sites); the full 'map-full' is left out
			.andExpect(jsonPath("$.streets[0].nearest.length()").value(3))
			.andExpect(jsonPath("$.streets[0].nearest[0].institutionId").value(place.get("A3").id().toString()))
			.andExpect(jsonPath("$.streets[0].nearest[0].metres").value(524))
			.andExpect(jsonPath("$.streets[0].nearest[1].institutionId").value(place.get("G").id().toString()))
			.andExpect(jsonPath("$.streets[0].nearest[1].metres").value(588))
			.andExpect(jsonPath("$.streets[0].nearest[2].institutionId").value(place.get("D1").id().toString()))
			// 梅村: 5,000 residents → 139 children, 23 target places, 10 + 1 + 1 places
			.andExpect(jsonPath("$.streets[1].code").value(D))
			.andExpect(jsonPath("$.streets[1].demand").value(139))
			.andExpect(jsonPath("$.streets[1].places").value(12))
			.andExpect(jsonPath("$.streets[1].targetPlaces").value(23))
			.andExpect(jsonPath("$.streets[1].gap").value(11))
			.andExpect(jsonPath("$.streets[1].sites").value(3))
			.andExpect(jsonPath("$.streets[1].nearest[0].institutionId").value(place.get("A3").id().toString()))
			.andExpect(jsonPath("$.streets[1].nearest[0].metres").value(482))
			.andExpect(jsonPath("$.streets[1].nearest[1].institutionId").value(place.get("G").id().toString()))
			.andExpect(jsonPath("$.streets[1].nearest[1].inclusive").value(true))
			.andExpect(jsonPath("$.streets[1].nearest[1].places").value(1))
			.andExpect(jsonPath("$.streets[1].nearest[1].enrolled").value(1))
			.andExpect(jsonPath("$.streets[1].nearest[2].institutionId").value(place.get("D1").id().toString()))
			.andExpect(jsonPath("$.streets[1].nearest[2].metres").value(1742))
			// 硕放: 20,000 residents → 555 children, 90 target places, 30 + 30 + 20 places (the suspended one not counted)
			.andExpect(jsonPath("$.streets[2].code").value(A))
			.andExpect(jsonPath("$.streets[2].demand").value(555))
			.andExpect(jsonPath("$.streets[2].places").value(80))
			.andExpect(jsonPath("$.streets[2].targetPlaces").value(90))
			.andExpect(jsonPath("$.streets[2].gap").value(10))
			.andExpect(jsonPath("$.streets[2].centre.lat").value(org.hamcrest.Matchers.closeTo(31.413333, 0.000001)))
			.andExpect(jsonPath("$.streets[2].centre.lng").value(org.hamcrest.Matchers.closeTo(120.4, 0.000001)))
			.andExpect(jsonPath("$.streets[2].nearest[0].name").value(containsString("map-a2")))
			.andExpect(jsonPath("$.streets[2].nearest[0].metres").value(371))
			.andExpect(jsonPath("$.streets[2].nearest[0].category").value("FAMILY_POINT"))
			.andExpect(jsonPath("$.streets[2].nearest[1].name").value(containsString("map-a1")))
			.andExpect(jsonPath("$.streets[2].nearest[1].metres").value(1483))
			.andExpect(jsonPath("$.streets[2].nearest[2].name").value(containsString("map-a3")))
			.andExpect(jsonPath("$.streets[2].nearest[2].metres").value(1853))
			// 新安: 10,001 residents → 46 target places (rounded up) against 50: no gap, ahead of target
			.andExpect(jsonPath("$.streets[3].code").value(C))
			.andExpect(jsonPath("$.streets[3].demand").value(277))
			.andExpect(jsonPath("$.streets[3].targetPlaces").value(46))
			.andExpect(jsonPath("$.streets[3].gap").value(0))
			// streets without residents come last, by code
			.andExpect(jsonPath("$.streets[4].code").value("320214050"))
			.andExpect(jsonPath("$.streets[4].residents").doesNotExist())
			.andExpect(jsonPath("$.streets[4].gap").doesNotExist())
			.andExpect(jsonPath("$.streets[4].demand").doesNotExist());
		gaps(xinwu, XINWU, "2").andExpect(jsonPath("$.streets.length()").value(2))
			.andExpect(jsonPath("$.streets[1].code").value(D));
		gaps(xinwu, A, null).andExpect(jsonPath("$.streets.length()").value(1))
			.andExpect(jsonPath("$.streets[0].gap").value(10))
			.andExpect(jsonPath("$.streets[0].nearest[0].metres").value(371));
	}

	@Test
	void theMarkersCarryCategoryInclusiveStatusPlacesAndChildren() throws Exception {
		Map<String, Filed> place = build();
		String answer = mvc.perform(get("/api/v1/statistics/map/institutions").param("division", XINWU).session(xinwu()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reachMetres").value(1000))
			.andExpect(jsonPath("$.sites.length()").value(7))
			.andReturn().getResponse().getContentAsString();
		JsonNode sites = json.readTree(answer).get("sites");
		JsonNode a1 = site(sites, place.get("A1").id());
		assertThat(a1.get("category").asString()).isEqualTo("STANDALONE");
		assertThat(a1.get("inclusive").asBoolean()).isTrue();
		assertThat(a1.get("places").asLong()).isEqualTo(30);
		assertThat(a1.get("enrolled").asLong()).isZero();
		assertThat(a1.get("street").asString()).isEqualTo(A);
		assertThat(a1.get("lat").asDouble()).isEqualTo(31.40);
		assertThat(a1.get("lng").asDouble()).isEqualTo(120.40);
		JsonNode a2 = site(sites, place.get("A2").id());
		assertThat(a2.get("category").asString()).isEqualTo("FAMILY_POINT");
		assertThat(a2.get("inclusive").asBoolean()).isFalse();
		JsonNode full = site(sites, place.get("F").id());
		assertThat(full.get("places").asLong()).isEqualTo(1);
		assertThat(full.get("enrolled").asLong()).isEqualTo(1);
		assertThat(site(sites, place.get("S").id())).as("suspended").isNull();
		mvc.perform(get("/api/v1/statistics/map/institutions").param("division", B).session(xinwu()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sites.length()").value(0));
	}

	@Test
	void theChoroplethOfTheCityEqualsEachDistrictsIndicators() throws Exception {
		MockHttpSession admin = admin();
		int year = thisYear();
		for (IndicatorCode code : IndicatorCode.values()) {
			JsonNode map = read(choropleth(admin, "3202", code.name(), null).andExpect(status().isOk()));
			assertThat(map.get("indicator").asString()).isEqualTo(code.name());
			assertThat(map.get("year").asInt()).isEqualTo(year);
			assertThat(map.get("areas")).hasSize(7);
			assertThat(map.get("classes")).hasSize(4);
			for (JsonNode area : map.get("areas")) {
				assertThat(area.get("level").asString()).isEqualTo("COUNTY");
				assertSameIndicator(admin, area, code, year);
			}
			assertSameIndicator(admin, map.get("division"), code, year);
		}
		JsonNode baseline = read(choropleth(admin, "3202", "PLACES_PER_1000", "2021"));
		assertThat(baseline.get("division").get("value").decimalValue()).isEqualByComparingTo("2.88");
		assertThat(baseline.get("division").get("class").asInt()).isEqualTo(2);
		assertThat(baseline.get("reference").decimalValue()).isEqualByComparingTo("4.5");
		assertThat(baseline.get("classes").get(0).get("to").decimalValue()).isEqualByComparingTo("2.25");
		assertThat(baseline.get("classes").get(3).get("from").decimalValue()).isEqualByComparingTo("4.50");
		assertThat(baseline.get("areas").get(0).get("class").asInt()).isZero();
	}

	@Test
	void aDistrictAdministratorSeesTheStreetsOfTheirDistrictClassedAgainstTheTarget() throws Exception {
		build();
		MockHttpSession xinwu = xinwu();
		choropleth(xinwu, XINWU, null, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.indicator").value("PLACES_PER_1000"))
			.andExpect(jsonPath("$.division.code").value(XINWU))
			.andExpect(jsonPath("$.areas.length()").value(10))
			.andExpect(jsonPath("$.areas[?(@.code == '" + A + "')].value").value(4.0))
			.andExpect(jsonPath("$.areas[?(@.code == '" + A + "')]['class']").value(3))
			.andExpect(jsonPath("$.areas[?(@.code == '" + A + "')].numerator").value(80))
			.andExpect(jsonPath("$.areas[?(@.code == '" + A + "')].centre.lng").value(120.4))
			.andExpect(jsonPath("$.areas[?(@.code == '" + B + "')].value").value(0.0))
			.andExpect(jsonPath("$.areas[?(@.code == '" + B + "')]['class']").value(1))
			.andExpect(jsonPath("$.areas[?(@.code == '" + C + "')].value").value(5.0))
			.andExpect(jsonPath("$.areas[?(@.code == '" + C + "')]['class']").value(4))
			.andExpect(jsonPath("$.areas[?(@.code == '" + D + "')].value").value(2.4))
			.andExpect(jsonPath("$.areas[?(@.code == '" + D + "')]['class']").value(2))
			.andExpect(jsonPath("$.areas[?(@.code == '320214050')]['class']").value(0));
		choropleth(xinwu, A, "OCCUPANCY", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.areas.length()").value(0))
			.andExpect(jsonPath("$.reference").value(100))
			.andExpect(jsonPath("$.division.value").value(0.0));
	}

	@Test
	void onlyOfficersCoveringTheDivisionReadTheMapAndBadInputIsNamed() throws Exception {
		Map<String, Filed> place = build();
		MockHttpSession liangxi = Officers.signedIn(mvc, admin(), "map-liangxi", "DISTRICT_ADMIN", "320213", PASSWORD);
		for (String path : new String[] { "choropleth", "institutions", "gaps" }) {
			String url = "/api/v1/statistics/map/" + path;
			mvc.perform(get(url).param("division", XINWU).session(liangxi)).andExpect(status().isNotFound());
			mvc.perform(get(url).param("division", "3202").session(liangxi)).andExpect(status().isNotFound());
			mvc.perform(get(url).param("division", "3299").session(admin())).andExpect(status().isNotFound());
			mvc.perform(get(url).param("division", A).session(Logins.login(mvc, place.get("A1").username(), Institutions.PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(get(url).param("division", D).session(Logins.login(mvc, "13700012001", PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(get(url).param("division", "32x2").session(liangxi)).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("division"));
			mvc.perform(get(url).session(liangxi)).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("division"));
			mvc.perform(get(url).param("division", "320213").session(liangxi)).andExpect(status().isOk());
		}
		choropleth(liangxi, "320213", "NO_SUCH_THING", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("indicator"))
			.andExpect(jsonPath("$.errors[0].message").value("没有这个指标"));
		choropleth(liangxi, "320213", null, "2100").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value("年份须在2000年到" + thisYear() + "年之间"));
		choropleth(liangxi, "320213", null, "soon").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		gaps(liangxi, "320213", "0").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
		gaps(liangxi, "320213", "1001").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
		mvc.perform(get("/api/v1/statistics/map/gaps").param("division", "320213").param("year", "2100").session(liangxi))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void thePageCarriesTheHooksOfTheMapAndTheTable() throws Exception {
		MockHttpSession xinwu = xinwu();
		mvc.perform(get("/admin/statistics/map").session(xinwu))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新吴区 " + thisYear() + "年 托育资源一张图")))
			.andExpect(content().string(containsString("id=\"statistics-map\"")))
			.andExpect(content().string(containsString("data-ready=\"false\"")))
			.andExpect(content().string(containsString("data-division=\"320214\"")))
			.andExpect(content().string(containsString("data-scope=\"320214\"")))
			.andExpect(content().string(containsString("data-indicator=\"PLACES_PER_1000\"")))
			.andExpect(content().string(containsString("data-outline=\"/geo/3202.geojson\"")))
			.andExpect(content().string(containsString("data-choropleth-api=\"/api/v1/statistics/map/choropleth\"")))
			.andExpect(content().string(containsString("data-reach=\"1000\"")))
			.andExpect(content().string(containsString("id=\"layer-choropleth\"")))
			.andExpect(content().string(containsString("id=\"layer-institutions\"")))
			.andExpect(content().string(containsString("id=\"layer-reach\"")))
			.andExpect(content().string(containsString("id=\"layer-gaps\"")))
			.andExpect(content().string(containsString("id=\"map-indicator\"")))
			.andExpect(content().string(containsString("value=\"OCCUPANCY\"")))
			.andExpect(content().string(containsString("id=\"gap-table\"")))
			.andExpect(content().string(containsString("距目标最远的街道（前10个）")))
			.andExpect(content().string(containsString("可增加托位的机构：")))
			.andExpect(content().string(containsString("data-key=\"category.FAMILY_POINT\"")))
			.andExpect(content().string(containsString("/js/statistics-map.js")))
			.andExpect(content().string(not(containsString("style="))));
		mvc.perform(get("/admin/statistics/map").param("division", A).param("indicator", "INCLUSIVE_SHARE")
			.param("year", "2021").session(xinwu))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("硕放街道 2021年 托育资源一张图")))
			.andExpect(content().string(containsString("/admin/statistics/map?division=320214&amp;indicator=INCLUSIVE_SHARE&amp;year=2021")))
			.andExpect(content().string(containsString("<option value=\"INCLUSIVE_SHARE\" selected=\"selected\">")));
		mvc.perform(get("/admin/statistics/map").param("indicator", "NOPE").session(xinwu))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("没有这个指标")))
			.andExpect(content().string(containsString("data-field=\"indicator\"")));
		mvc.perform(get("/admin/statistics/map").param("year", "2100").session(xinwu))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("年份须在2000年到")));
		mvc.perform(get("/admin/statistics/map").param("division", "320213").session(xinwu)).andExpect(status().isNotFound());
	}

	/**
	 * Xinwu's streets A–D with residents this year, and institutions at chosen points on one meridian
	 * (classes of at most 15, the national toddler class size).
	 */
	private synchronized Map<String, Filed> build() throws Exception {
		if (built != null) {
			return built;
		}
		MockHttpSession admin = admin();
		Filed a1 = filed(admin, 32_501, "map-a1", A, 30, 31.40);
		Filed a2 = filed(admin, 32_502, "map-a2", A, 30, 31.41);
		Filed a3 = filed(admin, 32_503, "map-a3", A, 20, 31.43);
		Filed c1 = filed(admin, 32_504, "map-c1", C, 50, 31.50);
		Filed d1 = filed(admin, 32_505, "map-d1", D, 10, 31.45);
		Filed full = filed(admin, 32_506, "map-full", D, 1, 31.413);
		Filed fullInclusive = filed(admin, 32_507, "map-fullinc", D, 1, 31.44);
		Filed suspended = filed(admin, 32_508, "map-suspended", A, 40, 31.4133);
		jdbc.sql("UPDATE institution_institution SET status = 'SUSPENDED' WHERE id = :id").param("id", suspended.id()).update();
		jdbc.sql("UPDATE institution_institution SET category = 'FAMILY_POINT' WHERE id = :id").param("id", a2.id()).update();
		jdbc.sql("UPDATE institution_institution SET category = 'KINDERGARTEN_CLASS' WHERE id = :id").param("id", a3.id()).update();
		for (Filed inclusive : new Filed[] { a1, fullInclusive }) {
			jdbc.sql("""
					UPDATE institution_institution SET inclusive = true, inclusive_price_cap = 1500,
					  inclusive_valid_until = :today + 365 WHERE id = :id
					""").param("today", TestClock.today()).param("id", inclusive.id()).update();
		}
		PlacedChildren children = new PlacedChildren(mvc, json, accounts, accountRows, PASSWORD);
		LocalDate born = TestClock.today().minusMonths(16);
		children.family(full, "13700012001", "地图宝宝", born);
		children.family(fullInclusive, "13700012002", "普惠宝宝", born);
		for (Map.Entry<String, Integer> street : Map.of(A, 20_000, B, 30_000, C, 10_001, D, 5_000).entrySet()) {
			jdbc.sql("""
					INSERT INTO region_population (division_code, year, residents, source) VALUES (:d, :year, :residents, 'test')
					ON CONFLICT (division_code, year) DO UPDATE SET residents = :residents
					""").param("d", street.getKey()).param("year", thisYear()).param("residents", street.getValue()).update();
		}
		Figures.settle(jdbc, figures, live, a1.id(), a2.id(), a3.id(), c1.id(), d1.id(), full.id(), fullInclusive.id(),
				suspended.id());
		built = Map.of("A1", a1, "A2", a2, "A3", a3, "C1", c1, "D1", d1, "F", full, "G", fullInclusive, "S", suspended);
		return built;
	}

	private Filed filed(MockHttpSession admin, int serial, String username, String street, int places, double lat)
			throws Exception {
		Filed filed = Institutions.filedWithClass(mvc, jdbc, admin, serial, username, street, "一班", "TODDLER",
				Math.min(places, 15));
		for (int more = places - 15, n = 2; more > 0; more -= 15, n++) {
			jdbc.sql("""
					INSERT INTO institution_class (id, institution_id, site_id, name, class_type, capacity)
					SELECT gen_random_uuid(), s.institution_id, s.id, :name, 'TODDLER', :capacity
					FROM institution_site s WHERE s.institution_id = :id
					""").param("name", n + "班").param("capacity", Math.min(more, 15)).param("id", filed.id()).update();
		}
		jdbc.sql("UPDATE institution_site SET latitude = :lat, longitude = 120.4 WHERE institution_id = :id")
			.param("lat", lat).param("id", filed.id()).update();
		return filed;
	}

	private void assertSameIndicator(MockHttpSession user, JsonNode area, IndicatorCode code, int year) throws Exception {
		JsonNode indicators = read(mvc.perform(get("/api/v1/statistics/indicators").param("division", area.get("code").asString())
			.param("year", String.valueOf(year)).session(user)).andExpect(status().isOk()));
		JsonNode expected = null;
		for (JsonNode indicator : indicators) {
			if (indicator.get("code").asString().equals(code.name())) {
				expected = indicator;
			}
		}
		assertThat(expected).as(code + " of " + area.get("code")).isNotNull();
		for (String field : new String[] { "value", "numerator", "denominator", "target" }) {
			assertThat(String.valueOf(area.get(field))).as(field + " of " + code + " in " + area.get("code"))
				.isEqualTo(String.valueOf(expected.get(field)));
		}
	}

	private static JsonNode site(JsonNode sites, UUID institution) {
		for (JsonNode site : sites) {
			if (site.get("institutionId").asString().equals(institution.toString())) {
				return site;
			}
		}
		return null;
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private ResultActions choropleth(MockHttpSession user, String division, String indicator, String year) throws Exception {
		var request = get("/api/v1/statistics/map/choropleth").param("division", division).session(user);
		if (indicator != null) {
			request.param("indicator", indicator);
		}
		if (year != null) {
			request.param("year", year);
		}
		return mvc.perform(request);
	}

	private ResultActions gaps(MockHttpSession user, String division, String limit) throws Exception {
		var request = get("/api/v1/statistics/map/gaps").param("division", division).session(user);
		return mvc.perform(limit == null ? request : request.param("limit", limit));
	}

	private MockHttpSession xinwu() throws Exception {
		if (accountRows.findByUsername("map-xinwu").isEmpty()) {
			return Officers.signedIn(mvc, admin(), "map-xinwu", "DISTRICT_ADMIN", XINWU, PASSWORD);
		}
		return Logins.login(mvc, "map-xinwu", PASSWORD);
	}

	private MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private static int thisYear() {
		return TestClock.today().getYear();
	}
}
