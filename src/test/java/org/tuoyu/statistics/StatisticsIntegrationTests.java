package org.tuoyu.statistics;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;

/** The plan's indicators: the plan's own 2021 check, live figures on hand-built data, and scope. */
@TuoyuTest
class StatisticsIntegrationTests {

	/** 江阴 澄江街道: no other test files institutions here. */
	private static final String STREET = "320281001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePlansOwnFigureFor2021Is288PlacesPerThousand() throws Exception {
		indicators(admin(), "3202", "2021").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("PLACES_PER_1000"))
			.andExpect(jsonPath("$[0].value").value(2.88))
			.andExpect(jsonPath("$[0].numerator").value(21545))
			.andExpect(jsonPath("$[0].denominator").value(7479500))
			.andExpect(jsonPath("$[0].target").value(4.5))
			.andExpect(jsonPath("$[0].source").value("BASELINE"))
			.andExpect(jsonPath("$[1].code").value("INCLUSIVE_SHARE"))
			.andExpect(jsonPath("$[1].value").doesNotExist());
	}

	@Test
	void thisYearsIndicatorsComeFromTheOperatingInstitutionsOfTheArea() throws Exception {
		MockHttpSession admin = admin();
		Filed inclusive = Institutions.filedWithClass(mvc, jdbc, admin, 31_001, "stats-inclusive", STREET, "一班", "TODDLER", 15);
		Filed ordinary = Institutions.filedWithClass(mvc, jdbc, admin, 31_002, "stats-ordinary", STREET, "一班", "TODDLER", 10);
		Filed suspended = Institutions.filedWithClass(mvc, jdbc, admin, 31_003, "stats-suspended", STREET, "一班", "TODDLER", 12);
		jdbc.sql("""
				UPDATE institution_institution SET inclusive = true, inclusive_price_cap = 1500,
				  inclusive_valid_until = current_date + 365, ownership = 'PUBLIC' WHERE id = :id
				""").param("id", inclusive.id()).update();
		jdbc.sql("UPDATE institution_institution SET status = 'SUSPENDED' WHERE id = :id").param("id", suspended.id()).update();
		jdbc.sql("""
				INSERT INTO region_population (division_code, year, residents, source) VALUES (:d, :year, 10000, 'test')
				ON CONFLICT (division_code, year) DO UPDATE SET residents = 10000
				""").param("d", STREET).param("year", thisYear()).update();
		MockHttpSession jiangyin = Officers.signedIn(mvc, admin, "stats-jiangyin", "DISTRICT_ADMIN", "320281", "Stats2026pass");

		indicators(jiangyin, STREET, null).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].value").value(2.5))
			.andExpect(jsonPath("$[0].numerator").value(25))
			.andExpect(jsonPath("$[0].denominator").value(10000))
			.andExpect(jsonPath("$[0].source").value("LIVE"))
			.andExpect(jsonPath("$[1].value").value(60.0))
			.andExpect(jsonPath("$[1].numerator").value(15))
			.andExpect(jsonPath("$[2].code").value("STREET_INCLUSIVE_COVERAGE"))
			.andExpect(jsonPath("$[2].value").value(100.0))
			.andExpect(jsonPath("$[3].value").doesNotExist())
			.andExpect(jsonPath("$[5].code").value("OCCUPANCY"))
			.andExpect(jsonPath("$[5].numerator").value(0))
			.andExpect(jsonPath("$[5].denominator").value(25));
		indicators(jiangyin, "320281", String.valueOf(thisYear())).andExpect(status().isOk())
			.andExpect(jsonPath("$[4].code").value("COUNTY_PUBLIC_COVERAGE"))
			.andExpect(jsonPath("$[4].value").value(100.0))
			.andExpect(jsonPath("$[3].numerator").value(0));
		jdbc.sql("UPDATE institution_institution SET status = 'CLOSED' WHERE id = :id").param("id", ordinary.id()).update();
		indicators(jiangyin, STREET, null).andExpect(jsonPath("$[0].numerator").value(15))
			.andExpect(jsonPath("$[1].value").value(100.0));
	}

	@Test
	void onlyOfficersCoveringTheDivisionSeeItAndBadInputIsNamed() throws Exception {
		MockHttpSession admin = admin();
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "stats-liangxi", "DISTRICT_ADMIN", "320213", "Stats2026pass");
		indicators(liangxi, "320281", null).andExpect(status().isNotFound());
		indicators(liangxi, "3202", null).andExpect(status().isNotFound());
		indicators(liangxi, "320213", null).andExpect(status().isOk());
		indicators(admin, "3299", null).andExpect(status().isNotFound());
		indicators(admin, "3202", "2100").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		indicators(admin, "32x2", null).andExpect(status().is4xxClientError());
		Filed place = Institutions.filedWithClass(mvc, jdbc, admin, 31_004, "stats-staff", "320281004", "一班", "TODDLER", 5);
		MockHttpSession org = Logins.login(mvc, place.username(), Institutions.PASSWORD);
		indicators(org, "320281004", null).andExpect(status().isNotFound());
	}

	@Test
	void aDistrictAdministratorReadsTheCardsAndDrillsIntoAStreet() throws Exception {
		MockHttpSession admin = admin();
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "stats-page", "DISTRICT_ADMIN", "320213", "Stats2026pass");
		mvc.perform(get("/admin/statistics").session(liangxi))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("梁溪区 " + thisYear() + "年 统计指标")))
			.andExpect(content().string(containsString("indicator-PLACES_PER_1000")))
			.andExpect(content().string(containsString("2025年目标 4.5")))
			.andExpect(content().string(containsString("/admin/statistics?division=320213021&amp;year=" + thisYear())));
		mvc.perform(get("/admin/statistics").param("division", "320213021").session(liangxi))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("崇安寺街道")));
		mvc.perform(get("/admin/statistics").param("division", "3202").param("year", "2021").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2.88‰")))
			.andExpect(content().string(containsString("规划基数")));
		mvc.perform(get("/admin/statistics").param("division", "320281").session(liangxi)).andExpect(status().isNotFound());
	}

	private ResultActions indicators(MockHttpSession user, String division, String year) throws Exception {
		var request = get("/api/v1/statistics/indicators").param("division", division).session(user);
		return mvc.perform(year == null ? request : request.param("year", year));
	}

	private MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private static int thisYear() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}
}
