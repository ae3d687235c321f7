package org.tuoyu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.statistics.internal.InstitutionFigures;
import org.tuoyu.statistics.internal.LiveFigures;
import org.tuoyu.test.Figures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import com.jayway.jsonpath.JsonPath;

/** The dashboard's ranking of sub-divisions and the trend over the years, on the page and the API. */
@TuoyuTest
class StatisticsDashboardIntegrationTests {

	/** 滨湖区 太湖街道, 雪浪街道, 马山街道: no other test files institutions there. */
	private static final String TAIHU = "320211007";

	private static final String XUELANG = "320211008";

	private static final String MASHAN = "320211009";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InstitutionFigures figures;

	@Autowired
	LiveFigures live;

	@Test
	void streetsAreRankedByTheChosenIndicatorWithTiesSharingARank() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		Filed taihuPlace = Institutions.filedWithClass(mvc, jdbc, admin, 34_001, "dash-taihu", TAIHU, "一班", "TODDLER", 15);
		Filed xuelangPlace = Institutions.filedWithClass(mvc, jdbc, admin, 34_002, "dash-xuelang", XUELANG, "一班", "TODDLER", 15);
		Filed mashanPlace = Institutions.filedWithClass(mvc, jdbc, admin, 34_003, "dash-mashan", MASHAN, "一班", "TODDLER", 15);
		for (Map.Entry<String, Integer> street : Map.of(TAIHU, 5000, XUELANG, 5000, MASHAN, 10000).entrySet()) {
			jdbc.sql("""
					INSERT INTO region_population (division_code, year, residents, source) VALUES (:d, :year, :residents, 'test')
					ON CONFLICT (division_code, year) DO UPDATE SET residents = :residents
					""").param("d", street.getKey()).param("year", thisYear()).param("residents", street.getValue()).update();
		}
		Figures.settle(jdbc, figures, live, taihuPlace.id(), xuelangPlace.id(), mashanPlace.id());
		MockHttpSession binhu = Officers.signedIn(mvc, admin, "dash-binhu", "DISTRICT_ADMIN", "320211", "Dash2026pass");

		String body = mvc.perform(get("/api/v1/statistics/ranking").param("division", "320211").session(binhu))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(9))
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> rows = JsonPath.read(body, "$");
		Map<String, Object> taihu = row(rows, TAIHU);
		Map<String, Object> xuelang = row(rows, XUELANG);
		Map<String, Object> mashan = row(rows, MASHAN);
		assertValue(taihu, 3.0);
		assertValue(xuelang, 3.0);
		assertValue(mashan, 1.5);
		assertThat(taihu.get("rank")).isEqualTo(xuelang.get("rank"));
		assertThat((Integer) mashan.get("rank")).isGreaterThan((Integer) xuelang.get("rank"));
		List<Integer> ranks = rows.stream().map(r -> (Integer) r.get("rank")).toList();
		List<Integer> ranked = ranks.stream().filter(r -> r != null).toList();
		assertThat(ranked).isSorted();
		assertThat(ranks.subList(ranked.size(), ranks.size())).containsOnlyNulls();

		mvc.perform(get("/admin/statistics").param("division", "320211").param("indicator", "PLACES_PER_1000").session(binhu))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"statistics-ranking\"")))
			.andExpect(content().string(containsString("data-label=\"马山街道\" data-value=\"1.50\"")))
			.andExpect(content().string(containsString("id=\"trend-chart\"")))
			.andExpect(content().string(containsString("src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"")))
			.andExpect(content().string(containsString("href=\"/admin/statistics?division=320211009&amp;year=")));
	}

	@Test
	void theTrendRunsFromThePlansBaselineToThisYear() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/api/v1/statistics/trend").param("division", "3202").session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(thisYear() - 2019))
			.andExpect(jsonPath("$[0].year").value(2020))
			.andExpect(jsonPath("$[0].value").doesNotExist())
			.andExpect(jsonPath("$[1].year").value(2021))
			.andExpect(jsonPath("$[1].value").value(2.88))
			.andExpect(jsonPath("$[1].source").value("BASELINE"))
			.andExpect(jsonPath("$[" + (thisYear() - 2020) + "].source").value("LIVE"));
		mvc.perform(get("/admin/statistics").param("division", "3202").param("year", "2021").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-label=\"2021\" data-value=\"2.88\"")));
	}

	@Test
	void aPopulationEditShowsInTheIndicatorsWithinSeconds() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		String lihu = "320211004";
		mvc.perform(get("/api/v1/statistics/indicators").param("division", lihu).session(admin)).andExpect(status().isOk());
		mvc.perform(put("/api/v1/regions/" + lihu + "/population/" + thisYear()).session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"residents\":12345,\"source\":\"测试\"}"))
			.andExpect(status().isOk());
		long deadline = System.nanoTime() + 5_000_000_000L;
		String denominator;
		do {
			Thread.sleep(20);
			denominator = JsonPath.read(mvc.perform(get("/api/v1/statistics/indicators").param("division", lihu).session(admin))
				.andReturn().getResponse().getContentAsString(), "$[0].denominator").toString();
		}
		while (!"12345".equals(denominator) && System.nanoTime() < deadline);
		assertThat(denominator).isEqualTo("12345");
	}

	@Test
	void theKeptPageBodyFollowsTheReadersAreaLanguageAndTheNextChange() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		MockHttpSession binhu = Officers.signedIn(mvc, admin, "dash-kept", "DISTRICT_ADMIN", "320211", "Dash2026pass");
		String street = "320211002";
		mvc.perform(get("/admin/statistics").param("division", street).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/statistics?division=3202&amp;year=")));
		mvc.perform(get("/admin/statistics").param("division", street).session(binhu))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/statistics?division=3202&amp;year="))))
			.andExpect(content().string(containsString("href=\"/admin/statistics?division=320211&amp;year=")));
		mvc.perform(get("/admin/statistics").param("division", street).param("lang", "en").session(binhu))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("over the years")));

		String before = mvc.perform(get("/admin/statistics").param("division", street).session(binhu))
			.andReturn().getResponse().getContentAsString();
		Filed place = Institutions.filedWithClass(mvc, jdbc, admin, 34_004, "dash-kept-org", street, "一班", "TODDLER", 15);
		Figures.settle(jdbc, figures, live, place.id());
		String after = mvc.perform(get("/admin/statistics").param("division", street).session(binhu))
			.andReturn().getResponse().getContentAsString();
		assertThat(before).doesNotContain("分子 15 ／");
		assertThat(after).contains("分子 15 ／");
	}

	@Test
	void anUnknownIndicatorIsNamedAndOtherAreasAreNotFound() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		MockHttpSession binhu = Officers.signedIn(mvc, admin, "dash-scope", "DISTRICT_ADMIN", "320211", "Dash2026pass");
		mvc.perform(get("/api/v1/statistics/ranking").param("division", "320211").param("indicator", "NOPE").session(binhu))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("indicator"))
			.andExpect(content().string(containsString("NOPE")));
		mvc.perform(get("/api/v1/statistics/ranking").param("division", "3202").session(binhu)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/statistics/trend").param("division", "320213").session(binhu)).andExpect(status().isNotFound());
	}

	private static Map<String, Object> row(List<Map<String, Object>> rows, String division) {
		return rows.stream().filter(r -> division.equals(r.get("division"))).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static void assertValue(Map<String, Object> row, double expected) {
		Number value = (Number) ((Map<String, Object>) row.get("indicator")).get("value");
		assertThat(value).as("value of %s", row).isNotNull();
		assertThat(value.doubleValue()).isEqualTo(expected);
	}

	private static int thisYear() {
		return TestClock.today().getYear();
	}
}
