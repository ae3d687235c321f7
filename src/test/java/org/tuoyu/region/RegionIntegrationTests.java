package org.tuoyu.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class RegionIntegrationTests {

	private static final String PASSWORD = "Officer2026pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession admin;

	@BeforeEach
	void login() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	@Test
	void wuxiReferenceDataIsLoadedAtFirstStart() {
		assertThat(countLevel("CITY")).isEqualTo(1);
		assertThat(countLevel("COUNTY")).isEqualTo(7);
		assertThat(countWithin("3202", "STREET")).isEqualTo(88);
		assertThat(countWithin("3202", "COMMUNITY")).isEqualTo(1254);
		assertThat(jdbc.sql("SELECT residents FROM region_population WHERE division_code = '320213' AND year = 2020")
			.query(Long.class)
			.single()).isEqualTo(985_465L);
		assertThat(jdbc.sql("SELECT value FROM region_baseline_figure WHERE division_code = '3202' AND year = 2021 AND code = 'PLACES'")
			.query(Long.class)
			.single()).isEqualTo(21_545L);
	}

	@Test
	void theTreeShowsDistrictsWithPopulationAndExpandsStreets() throws Exception {
		mvc.perform(get("/admin/regions/3202").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("梁溪区")))
			.andExpect(content().string(containsString("985,465")));
		mvc.perform(get("/admin/regions/320213/children").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("崇安寺街道")));
		mvc.perform(get("/api/v1/regions/3202").session(admin))
			.andExpect(jsonPath("$.division.division.code").value("3202"))
			.andExpect(jsonPath("$.children.length()").value(7))
			.andExpect(jsonPath("$.baseline[?(@.code == 'PLACES_PER_1000')].value").value(2.88));
		mvc.perform(get("/admin/regions/map").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/geo/3202.geojson")));
		mvc.perform(get("/geo/3202.geojson")).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"code\":\"320206\"")));
	}

	@Test
	void aDistrictAdminSeesOnlyTheirDistrict() throws Exception {
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"region-liangxi","displayName":"梁溪","role":"DISTRICT_ADMIN","divisionCode":"320213","password":"%s"}
					""".formatted(PASSWORD)))
			.andExpect(status().isCreated());
		MockHttpSession district = Logins.login(mvc, "region-liangxi", PASSWORD);
		mvc.perform(get("/admin/regions").session(district)).andExpect(redirectedUrl("/admin/regions/320213"));
		mvc.perform(get("/api/v1/regions").session(district)).andExpect(jsonPath("$.division.division.code").value("320213"));
		mvc.perform(get("/api/v1/regions/320213021").session(district)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/regions/320205").session(district)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/regions/3202").session(district)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/regions/320205").session(district)).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/regions/import")
			.file(csvFile("files", "x.csv", "code,name\n320213999,新街道\n"))
			.session(district).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("import.divisions.cityAdminOnly"));
		mvc.perform(put("/api/v1/regions/320205/population/2024").session(district).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"residents\":1}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void regulatorsEditPopulationWithValidation() throws Exception {
		mvc.perform(put("/api/v1/regions/320213021/population/2024").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"residents\":61234,\"source\":\"街道统计\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].residents").value(61234));
		mvc.perform(post("/admin/regions/320213021/population").session(admin).with(csrf())
			.param("year", "1800").param("residents", "5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("populationForm", "year", "population.year.range"));
		mvc.perform(post("/admin/regions/320213021/population").session(admin).with(csrf())
			.param("year", "2025").param("residents", "-5"))
			.andExpect(model().attributeHasFieldErrorCode("populationForm", "residents", "population.residents.invalid"));
		mvc.perform(post("/admin/regions/320213021/population").session(admin).with(csrf())
			.param("year", "2025").param("residents", "62000").param("source", "街道统计"))
			.andExpect(redirectedUrl("/admin/regions/320213021"));
		assertThat(jdbc.sql("SELECT count(*) FROM region_population WHERE division_code = '320213021'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aBadDivisionRowIsReportedWithItsLineAndNothingIsWritten() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM region_division").query(Long.class).single();
		String csv = """
				code,name,cityCode,provinceCode
				3205,苏州市,3205,32
				320508,姑苏区,3205,32
				32050X,坏代码区,3205,32
				320509,,3205,32
				320599001,孤儿街道,320599,32,3205
				""";
		mvc.perform(multipart("/api/v1/regions/import").file(csvFile("files", "suzhou.csv", csv)).session(admin).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:import-rejected"))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].line").value(4))
			.andExpect(jsonPath("$.errors[0].message").value("区划代码只能包含数字"))
			.andExpect(jsonPath("$.errors[1].line").value(5))
			.andExpect(jsonPath("$.errors[1].code").value("import.division.nameBlank"))
			.andExpect(jsonPath("$.errors[2].line").value(6))
			.andExpect(jsonPath("$.errors[2].code").value("import.division.parentMissing"));
		assertThat(jdbc.sql("SELECT count(*) FROM region_division").query(Long.class).single()).isEqualTo(before);

		mvc.perform(multipart("/admin/regions/import/divisions").file(csvFile("files", "suzhou.csv", csv)).session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未写入任何数据")))
			.andExpect(content().string(containsString("区划代码只能包含数字")));
		assertThat(jdbc.sql("SELECT count(*) FROM region_division").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anotherCitysDivisionsAndPopulationImportWhenAllRowsAreValid() throws Exception {
		String divisions = """
				code,name,cityCode,provinceCode
				3206,"南通市",3206,32
				320602,"崇川区",3206,32
				""";
		String streets = "code,name,areaCode,provinceCode,cityCode\n320602001,\"城东街道\",320602,32,3206\n";
		mvc.perform(multipart("/api/v1/regions/import")
			.file(csvFile("files", "areas.csv", divisions))
			.file(csvFile("files", "streets.csv", streets))
			.session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowsWritten").value(3));
		assertThat(jdbc.sql("SELECT parent_code FROM region_division WHERE code = '320602001'").query(String.class).single())
			.isEqualTo("320602");

		String badPopulation = "division_code,year,residents\n320213,2020,abc\n399999,2020,10\n320602,2020,5\n";
		mvc.perform(multipart("/api/v1/regions/population/import").file(csvFile("file", "p.csv", badPopulation)).session(admin).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].code").value("import.population.residents"))
			.andExpect(jsonPath("$.errors[1].line").value(3))
			.andExpect(jsonPath("$.errors[1].code").value("import.population.unknownDivision"))
			.andExpect(jsonPath("$.errors[2].line").value(4))
			.andExpect(jsonPath("$.errors[2].code").value("import.population.unknownDivision"));
		assertThat(jdbc.sql("SELECT residents FROM region_population WHERE division_code = '320213' AND year = 2020")
			.query(Long.class)
			.single()).isEqualTo(985_465L);
		String population = "division_code,year,residents,source\n320213022,2019,\"51,000\",街道统计\n";
		mvc.perform(multipart("/admin/regions/import/population").file(csvFile("file", "p.csv", population)).session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入成功，共写入 1 行")));
	}

	private static MockMultipartFile csvFile(String part, String name, String content) {
		return new MockMultipartFile(part, name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private long countLevel(String level) {
		return jdbc.sql("SELECT count(*) FROM region_division WHERE level = :level AND starts_with(code, '3202')")
			.param("level", level)
			.query(Long.class)
			.single();
	}

	private long countWithin(String prefix, String level) {
		return jdbc.sql("SELECT count(*) FROM region_division WHERE level = :level AND starts_with(code, :prefix)")
			.param("level", level)
			.param("prefix", prefix)
			.query(Long.class)
			.single();
	}
}
