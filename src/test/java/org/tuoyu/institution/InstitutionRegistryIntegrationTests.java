package org.tuoyu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class InstitutionRegistryIntegrationTests {

	private static final String PASSWORD = "Institution2026";

	private static final AtomicInteger SERIAL = new AtomicInteger(1000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	MockHttpSession admin;

	@BeforeEach
	void login() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private ResultActions register(MockHttpSession session, String body) throws Exception {
		return mvc.perform(post("/api/v1/institutions").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private UUID registered(String username, String category) throws Exception {
		String answer = register(admin, Institutions.json(CreditCodes.valid(SERIAL.incrementAndGet()), username,
				"320213021", category, 2, ""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(json.readTree(answer).get("institution").get("id").asString());
	}

	private String mainSite(UUID id) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/institutions/" + id).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("sites").get(0).get("id").asString();
	}

	private ResultActions addClass(MockHttpSession session, UUID id, String site, String name, String type,
			int capacity) throws Exception {
		return mvc.perform(post("/api/v1/institutions/" + id + "/classes").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"capacity\":%d}".formatted(site, name, type,
					capacity)));
	}

	@Test
	void registeringCreatesADraftWithItsMainSiteAndAnAdministratorScopedToIt() throws Exception {
		UUID id = registered("sunny-org", "STANDALONE");
		mvc.perform(get("/api/v1/institutions/" + id).session(admin))
			.andExpect(jsonPath("$.institution.status").value("DRAFT"))
			.andExpect(jsonPath("$.institution.divisionCode").value("320213021"))
			.andExpect(jsonPath("$.sites[0].main").value(true))
			.andExpect(jsonPath("$.places").value(0));
		MockHttpSession org = Logins.login(mvc, "sunny-org", PASSWORD);
		mvc.perform(get("/api/v1/me").session(org))
			.andExpect(jsonPath("$.role").value("INSTITUTION_ADMIN"))
			.andExpect(jsonPath("$.scope.institutionId").value(id.toString()));
		mvc.perform(get("/api/v1/institutions").session(org)).andExpect(jsonPath("$.length()").value(1));
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'INSTITUTION_REGISTERED' AND target_id = :id")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void invalidRegistrationsAreRefusedWithTheFieldAndNothingIsWritten() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM institution_institution").query(Long.class).single();
		register(admin, Institutions.json("91350100M000100Y44", "bad-code", "320213021", "STANDALONE", 2, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].code").value("value.creditCode.checksum"));
		register(admin, Institutions.json(CreditCodes.valid(1), "high-floor", "320213021", "STANDALONE", 4, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("roomFloor"))
			.andExpect(jsonPath("$.errors[0].message").value("婴幼儿用房应设在3层及以下"));
		register(admin, Institutions.json(CreditCodes.valid(2), "basement", "320213021", "STANDALONE", -1, ""))
			.andExpect(jsonPath("$.errors[0].code").value("institution.site.underground"));
		register(admin, Institutions.json(CreditCodes.valid(3), "no-cap", "320213021", "STANDALONE", 1,
				"\"inclusive\":true,\"inclusivePriceCap\":null,"))
			.andExpect(status().isUnprocessableContent());
		register(admin, Institutions.json(CreditCodes.valid(4), "Bad Name", "320213021", "STANDALONE", 1, ""))
			.andExpect(jsonPath("$.errors[0].field").value("adminUsername"));
		register(admin, Institutions.json(CreditCodes.valid(5), "county-level", "320213", "STANDALONE", 1, ""))
			.andExpect(jsonPath("$.errors[0].code").value("institution.site.streetRequired"));
		assertThat(jdbc.sql("SELECT count(*) FROM institution_institution").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_account WHERE username IN ('bad-code','high-floor','bad name')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDistrictAdminRegistersOnlyInTheirDistrictAndCannotSeeOthers() throws Exception {
		UUID liangxi = registered("liangxi-org", "STANDALONE");
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"inst-binhu","displayName":"滨湖","role":"DISTRICT_ADMIN","divisionCode":"320211","password":"%s"}
					""".formatted(PASSWORD)))
			.andExpect(status().isCreated());
		MockHttpSession binhu = Logins.login(mvc, "inst-binhu", PASSWORD);
		register(binhu, Institutions.json(CreditCodes.valid(SERIAL.incrementAndGet()), "cross-org", "320213021",
				"STANDALONE", 1, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("account.create.outsideScope"));
		mvc.perform(get("/api/v1/institutions/" + liangxi).session(binhu)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/institutions/" + liangxi + "/designations").session(binhu).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inclusive\":false,\"demonstrationLevel\":\"CITY\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/institutions").session(binhu))
			.andExpect(jsonPath("$[?(@.institution.id == '" + liangxi + "')]").isEmpty());
	}

	@Test
	void classesRespectTheSizeRulesAndPlacesAreTheirSum() throws Exception {
		UUID id = registered("classes-org", "STANDALONE");
		String site = mainSite(id);
		MockHttpSession org = Logins.login(mvc, "classes-org", PASSWORD);
		addClass(org, id, site, "乳儿一班", "INFANT", 11).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("capacity"))
			.andExpect(jsonPath("$.errors[0].message").value("乳儿班最多10人"));
		addClass(org, id, site, "托大一班", "OLDER_TODDLER", 21).andExpect(jsonPath("$.errors[0].message").value("托大班最多20人"));
		addClass(org, id, site, "家庭", "FAMILY_POINT", 3).andExpect(jsonPath("$.errors[0].code").value("institution.class.familyPointOnly"));
		addClass(org, id, site, "乳儿一班", "INFANT", 10).andExpect(status().isCreated());
		addClass(org, id, site, "乳儿一班", "INFANT", 8).andExpect(jsonPath("$.errors[0].code").value("institution.class.nameTaken"));
		addClass(org, id, site, "托小一班", "TODDLER", 15).andExpect(status().isCreated());
		addClass(org, id, site, "托大一班", "OLDER_TODDLER", 20).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/institutions/" + id).session(org))
			.andExpect(jsonPath("$.places").value(45))
			.andExpect(jsonPath("$.placesByType.TODDLER").value(15));
		addClass(org, id, UUID.randomUUID().toString(), "x", "TODDLER", 5)
			.andExpect(jsonPath("$.errors[0].code").value("institution.class.siteUnknown"));
	}

	@Test
	void aFamilyPointTakesAtMostFiveChildrenInTotalEvenUnderConcurrentRequests() throws Exception {
		UUID id = registered("family-org", "FAMILY_POINT");
		String site = mainSite(id);
		MockHttpSession org = Logins.login(mvc, "family-org", PASSWORD);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			int n = i;
			tasks.add(() -> addClass(org, id, site, "家庭" + n, "FAMILY_POINT", 2).andReturn().getResponse().getStatus());
		}
		int created = 0;
		for (var result : pool.invokeAll(tasks)) {
			if (result.get() == 201) {
				created++;
			}
		}
		pool.shutdown();
		assertThat(created).isEqualTo(2);
		assertThat(jdbc.sql("SELECT sum(capacity) FROM institution_class WHERE institution_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void servicePointsStayInTheCountyOfTheMainSite() throws Exception {
		UUID id = registered("points-org", "STANDALONE");
		MockHttpSession org = Logins.login(mvc, "points-org", PASSWORD);
		String point = """
				{"name":"社区服务点","address":"%s","divisionCode":"%s","latitude":31.57,"longitude":120.30,
				 "roomFloor":1,"indoorArea":120}
				""";
		mvc.perform(post("/api/v1/institutions/" + id + "/sites").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(point.formatted("滨湖区某路2号", "320211001")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("服务点须与主场所位于同一区县（一照多址）"));
		mvc.perform(post("/api/v1/institutions/" + id + "/sites").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(point.formatted("梁溪区清名桥1号", "320213022")))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/institutions/" + id).session(org)).andExpect(jsonPath("$.sites.length()").value(2));
	}

	@Test
	void anInclusiveInstitutionCannotPublishAFeeAboveItsCap() throws Exception {
		UUID id = registered("fees-org", "STANDALONE");
		mvc.perform(put("/api/v1/institutions/" + id + "/designations").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inclusive\":true,\"inclusivePriceCap\":2800,\"inclusiveValidUntil\":\"%s\",\"demonstrationLevel\":\"DISTRICT\"}"
				.formatted(TestClock.today().plusYears(1))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.institution.inclusive").value(true));
		MockHttpSession org = Logins.login(mvc, "fees-org", PASSWORD);
		mvc.perform(put("/api/v1/institutions/" + id + "/designations").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inclusive\":false}"))
			.andExpect(jsonPath("$.errors[0].code").value("institution.designations.regulatorsOnly"));
		mvc.perform(put("/api/v1/institutions/" + id + "/fees").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classType\":\"TODDLER\",\"serviceForm\":\"FULL_DAY\",\"monthlyFee\":2900}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("普惠机构的收费不得高于核定上限 2800.00 元/月"));
		mvc.perform(put("/api/v1/institutions/" + id + "/fees").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classType\":\"TODDLER\",\"serviceForm\":\"HOURLY\",\"monthlyFee\":100}"))
			.andExpect(jsonPath("$.errors[0].code").value("institution.fee.serviceFormNotOffered"));
		mvc.perform(put("/api/v1/institutions/" + id + "/fees").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classType\":\"TODDLER\",\"serviceForm\":\"FULL_DAY\",\"monthlyFee\":2800}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fees[0].monthlyFee").value(2800));
	}
}
