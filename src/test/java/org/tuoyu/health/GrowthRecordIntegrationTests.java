package org.tuoyu.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.tuoyu.test.HealthFixtures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class GrowthRecordIntegrationTests {

	private static final String PASSWORD = "Growth2026pass";

	/** A Liangxi street for the institutions here. */
	private static final String STREET = "320213026";

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
	void valuesNoChildCanMeasureAreRefusedWithTheFieldAndNothingIsStored() throws Exception {
		Filed place = institution(28_001, "growth-valid");
		MockHttpSession nurse = staff(place, "growth-valid-nurse", Role.HEALTH_WORKER);
		UUID child = family(place, "13700008001", "称重宝宝").child();

		measure(nurse, child, "90", "80.0", null, false)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("weightKg"))
			.andExpect(jsonPath("$.errors[0].code").value("growth.weight.range"))
			.andExpect(jsonPath("$.errors[0].message").value("体重应在0.5至60千克之间，您填写的是90千克，请核对数值和单位"));
		measure(nurse, child, null, null, null, false)
			.andExpect(jsonPath("$.errors[0].code").value("growth.measure.required"));
		mvc.perform(post("/api/v1/health/children/" + child + "/growth").session(nurse).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"measuredOn\":\"%s\",\"weightKg\":10}".formatted(today().plusDays(1))))
			.andExpect(jsonPath("$.errors[0].field").value("measuredOn"));
		assertThat(measurementsOf(child)).isZero();

		mvc.perform(post("/org/health/growth/children/" + child).session(nurse).with(csrf())
			.param("measuredOn", today().toString()).param("weightKg", "90").param("lengthCm", "80"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("体重应在0.5至60千克之间，您填写的是90千克")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(not(containsString("id=\"growth-confirm\""))));
		assertThat(measurementsOf(child)).isZero();
	}

	@Test
	void anImplausibleMeasurementIsStoredFlaggedOnlyOnceConfirmed() throws Exception {
		Filed place = institution(28_002, "growth-implausible");
		MockHttpSession caregiver = staff(place, "growth-impl-care", Role.CAREGIVER);
		UUID child = family(place, "13700008002", "复测宝宝").child();

		measure(caregiver, child, "40", "80.0", null, false)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("confirmed"))
			.andExpect(jsonPath("$.errors[0].code").value("growth.record.implausible"));
		assertThat(measurementsOf(child)).isZero();
		mvc.perform(post("/org/health/growth/children/" + child).session(caregiver).with(csrf())
			.param("measuredOn", today().toString()).param("weightKg", "40").param("lengthCm", "80"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"growth-confirm\"")))
			.andExpect(content().string(containsString("请复测")));
		assertThat(measurementsOf(child)).isZero();

		mvc.perform(post("/org/health/growth/children/" + child).session(caregiver).with(csrf())
			.param("measuredOn", today().toString()).param("weightKg", "40").param("lengthCm", "80")
			.param("confirmed", "true"))
			.andExpect(redirectedUrl("/org/health/growth/children/" + child));
		JsonNode record = body(mvc.perform(get("/api/v1/health/children/" + child + "/growth").session(caregiver))
			.andExpect(status().isOk()));
		JsonNode stored = record.get("measurements").get(0);
		assertThat(stored.get("implausible").asBoolean()).isTrue();
		assertThat(stored.get("lengthMethod").asString()).isEqualTo("LYING");
		assertThat(stored.get("indicators").get(0).get("indicator").asString()).isEqualTo("WEIGHT_FOR_AGE");
		assertThat(stored.get("indicators").get(0).get("implausible").asBoolean()).isTrue();
		assertThat(stored.get("indicators").get(0).get("standard").asString()).isEqualTo("WHO 2006");
		assertThat(jdbc.sql("SELECT implausible::text FROM health_growth_measurement WHERE child_id = :c")
			.param("c", child).query(String.class).single()).contains("WEIGHT_FOR_AGE");
	}

	@Test
	void aNormalMeasurementIsStoredWithItsZScoresAndShownOnTheClassPage() throws Exception {
		Filed place = institution(28_003, "growth-normal");
		MockHttpSession nurse = staff(place, "growth-normal-nurse", Role.HEALTH_WORKER);
		UUID child = family(place, "13700008003", "正常宝宝").child();

		JsonNode saved = body(measure(nurse, child, "10.5", "80.0", "46.5", false).andExpect(status().isCreated()));
		assertThat(saved.get("ageDays").asInt()).isBetween(480, 490);
		assertThat(saved.get("indicators")).hasSize(5);
		assertThat(saved.get("measuredBy").asString()).isEqualTo("职员 growth-normal-nurse");
		assertThat(saved.get("implausible").asBoolean()).isFalse();

		mvc.perform(get("/org/health/growth").session(nurse))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"class-" + place.classId())));
		mvc.perform(get("/org/health/growth").session(nurse).param("classId", place.classId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("正常宝宝")))
			.andExpect(content().string(containsString("10.5 千克")));
		mvc.perform(get("/org/health/growth/children/" + child).session(nurse))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("正常宝宝的生长记录")))
			.andExpect(content().string(containsString("class=\"growth-point\"")))
			.andExpect(content().string(containsString("月龄（月）")));
		mvc.perform(get("/org/health/growth/children/" + child).session(nurse).param("print", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"growth-form\""))));
		mvc.perform(get("/org/health/growth/children/" + child).session(nurse).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Age (months)")));
	}

	@Test
	void onlyTheChildsGuardiansInstitutionAndAreaOfficersSeeTheRecord() throws Exception {
		Filed place = institution(28_004, "growth-scope");
		Filed other = institution(28_005, "growth-scope-other");
		MockHttpSession nurse = staff(place, "growth-scope-nurse", Role.HEALTH_WORKER);
		MockHttpSession stranger = staff(other, "growth-scope-care", Role.CAREGIVER);
		Family family = family(place, "13700008004", "范围宝宝");
		Family otherFamily = family(other, "13700008005", "别家宝宝");
		measure(nurse, family.child(), "10.5", "80.0", null, false).andExpect(status().isCreated());
		MockHttpSession admin = admin();
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "growth-liangxi", "DISTRICT_ADMIN", "320213", PASSWORD);
		MockHttpSession xishan = Officers.signedIn(mvc, admin, "growth-xishan", "DISTRICT_ADMIN", "320205", PASSWORD);

		String path = "/api/v1/health/children/" + family.child() + "/growth";
		mvc.perform(get(path).session(stranger)).andExpect(status().isNotFound());
		measure(stranger, family.child(), "10.5", "80.0", null, false).andExpect(status().isNotFound());
		mvc.perform(get(path).session(otherFamily.guardian())).andExpect(status().isNotFound());
		mvc.perform(get("/family/children/" + family.child() + "/growth").session(otherFamily.guardian()))
			.andExpect(status().isNotFound());
		mvc.perform(get(path).session(xishan)).andExpect(status().isNotFound());
		measure(family.guardian(), family.child(), "10.5", "80.0", null, false).andExpect(status().isNotFound());
		measure(liangxi, family.child(), "10.5", "80.0", null, false).andExpect(status().isNotFound());
		mvc.perform(get("/org/health/growth/children/" + family.child()).session(stranger))
			.andExpect(status().isNotFound());

		assertThat(body(mvc.perform(get("/api/v1/notifications").session(family.guardian()))).get(0).get("text")
			.asString()).contains("范围宝宝", today().toString(), "生长曲线");
		mvc.perform(get(path).session(family.guardian())).andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements.length()").value(1));
		mvc.perform(get(path).session(liangxi)).andExpect(status().isOk())
			.andExpect(jsonPath("$.childName").value("范围宝宝"));
		mvc.perform(get(path).session(nurse)).andExpect(status().isOk());
		assertThat(measurementsOf(family.child())).isEqualTo(1);
	}

	@Test
	void onATransferTheNewInstitutionReadsTheHistoryOnlyWithTheGuardiansConsentAndTheOldOneNothing() throws Exception {
		Filed before = institution(28_008, "growth-move-from");
		Filed after = institution(28_009, "growth-move-to");
		MockHttpSession oldNurse = staff(before, "growth-move-nurse1", Role.HEALTH_WORKER);
		MockHttpSession newNurse = staff(after, "growth-move-nurse2", Role.HEALTH_WORKER);
		Family family = family(before, "13700008008", "转园宝宝");
		HealthFixtures.admitted(jdbc, family.child());
		measure(oldNurse, family.child(), "10.5", "80.0", null, false).andExpect(status().isCreated());
		String growth = "/api/v1/health/children/" + family.child() + "/growth";
		String examinations = "/api/v1/health/examinations?childId=" + family.child();

		placed().place(family, after);
		mvc.perform(get(growth).session(oldNurse)).andExpect(status().isNotFound());
		mvc.perform(get(examinations).session(oldNurse)).andExpect(status().isNotFound());
		mvc.perform(get(growth).session(newNurse)).andExpect(jsonPath("$.measurements.length()").value(0));
		mvc.perform(get(examinations).session(newNurse)).andExpect(jsonPath("$.length()").value(0));
		measure(newNurse, family.child(), "10.9", "81.0", null, false).andExpect(status().isCreated());
		mvc.perform(get(growth).session(newNurse)).andExpect(jsonPath("$.measurements.length()").value(1));

		String consent = "/api/v1/family/children/" + family.child() + "/consents/RECORD_SHARING";
		mvc.perform(put(consent).session(family.guardian()).with(csrf())).andExpect(status().is2xxSuccessful());
		mvc.perform(get(growth).session(newNurse)).andExpect(jsonPath("$.measurements.length()").value(2));
		mvc.perform(get(examinations).session(newNurse)).andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get(growth).session(oldNurse)).andExpect(status().isNotFound());

		mvc.perform(delete(consent).session(family.guardian()).with(csrf())).andExpect(status().is2xxSuccessful());
		mvc.perform(get(growth).session(newNurse)).andExpect(jsonPath("$.measurements.length()").value(1));
		mvc.perform(get(growth).session(family.guardian())).andExpect(jsonPath("$.measurements.length()").value(2));
	}

	@Test
	void theGuardianTakesTheWholeRecordAwayAsJsonAndPdfAndNobodyElseCan() throws Exception {
		Filed place = institution(28_010, "growth-export");
		MockHttpSession nurse = staff(place, "growth-export-nurse", Role.HEALTH_WORKER);
		Family family = family(place, "13700008010", "档案宝宝");
		Family otherFamily = family(place, "13700008011", "别的宝宝");
		HealthFixtures.admitted(jdbc, family.child());
		measure(nurse, family.child(), "10.5", "80.0", "46.0", false).andExpect(status().isCreated());

		String api = "/api/v1/health/children/" + family.child() + "/record";
		mvc.perform(get(api).session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("tuoyu.child-health-record/1"))
			.andExpect(jsonPath("$.childName").value("档案宝宝"))
			.andExpect(jsonPath("$.placedAt").value("阳光宝贝托育中心 growth-export"))
			.andExpect(jsonPath("$.measurements.length()").value(1))
			.andExpect(jsonPath("$.measurements[0].assessment.weightForAge.z").isNumber())
			.andExpect(jsonPath("$.examinations[0].kind").value("ADMISSION"));
		mvc.perform(get("/family/children/" + family.child() + "/record.json").session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		byte[] pdf = mvc.perform(get("/family/children/" + family.child() + "/record.pdf").session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("档案宝宝 的成长档案", "生长测量", "10.5", "入托体检",
					"WHO 2006");
		}
		mvc.perform(get("/family/children/" + family.child()).session(family.guardian()))
			.andExpect(content().string(containsString("record.pdf")));

		mvc.perform(get(api).session(nurse)).andExpect(status().isNotFound());
		mvc.perform(get(api).session(otherFamily.guardian())).andExpect(status().isNotFound());
		mvc.perform(get("/family/children/" + family.child() + "/record.pdf").session(otherFamily.guardian()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'health.record.export' AND target_id = :c")
			.param("c", family.child().toString()).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void everyViewIsAuditedAndTheGuardianSeesWhoViewed() throws Exception {
		Filed place = institution(28_006, "growth-audit");
		MockHttpSession nurse = staff(place, "growth-audit-nurse", Role.HEALTH_WORKER);
		Family family = family(place, "13700008006", "查看宝宝");
		measure(nurse, family.child(), "10.5", "80.0", null, false).andExpect(status().isCreated());
		MockHttpSession liangxi = Officers.signedIn(mvc, admin(), "growth-audit-officer", "DISTRICT_ADMIN", "320213",
				PASSWORD);

		long before = views(family.child());
		mvc.perform(get("/api/v1/health/children/" + family.child() + "/growth").session(liangxi))
			.andExpect(status().isOk());
		mvc.perform(get("/org/health/growth/children/" + family.child()).session(nurse)).andExpect(status().isOk());
		mvc.perform(get("/org/health/growth").param("classId", place.classId().toString()).session(nurse))
			.andExpect(status().isOk());
		assertThat(views(family.child())).isEqualTo(before + 3);

		mvc.perform(get("/family/children/" + family.child()).session(family.guardian()))
			.andExpect(content().string(containsString("/family/children/" + family.child() + "/growth")));
		mvc.perform(get("/family/children/" + family.child() + "/growth").session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("谁查看了记录")))
			.andExpect(content().string(containsString("职员 growth-audit-nurse")))
			.andExpect(content().string(containsString("保健人员")))
			.andExpect(content().string(containsString("区级管理员")))
			.andExpect(content().string(containsString("梁溪区")))
			.andExpect(content().string(not(containsString("干部 growth-audit-officer"))))
			.andExpect(content().string(containsString("class=\"growth-point\"")));
		assertThat(views(family.child())).isEqualTo(before + 4);
	}

	private ResultActions measure(MockHttpSession user, UUID child, String kg, String cm, String head, boolean confirmed)
			throws Exception {
		return mvc.perform(post("/api/v1/health/children/" + child + "/growth").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"measuredOn\":\"%s\",\"weightKg\":%s,\"lengthCm\":%s,\"headCircumferenceCm\":%s,\"confirmed\":%s}"
				.formatted(today(), kg, cm, head, confirmed)));
	}

	private static LocalDate today() {
		return TestClock.today();
	}

	private long measurementsOf(UUID child) {
		return jdbc.sql("SELECT count(*) FROM health_growth_measurement WHERE child_id = :child").param("child", child)
			.query(Long.class).single();
	}

	private long views(UUID child) {
		return jdbc.sql("""
				SELECT count(*) FROM platform_audit_event WHERE target_type = 'child' AND target_id = :child
				  AND action IN ('health.growth.read', 'health.growth.list.read')
				""").param("child", child.toString()).query(Long.class).single();
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private Filed institution(int serial, String username) throws Exception {
		return Institutions.filedWithClass(mvc, jdbc, admin(), serial, username, STREET, "苗苗班", "TODDLER", 15);
	}

	/** A staff account of the institution with the role, signed in. */
	private MockHttpSession staff(Filed place, String username, Role role) throws Exception {
		return placed().staff(place, STREET, username, role);
	}

	/** A new guardian whose new boy of 16 months is placed in the class. */
	private Family family(Filed place, String phone, String childName) throws Exception {
		return placed().family(place, phone, childName, TestClock.today().minusMonths(16));
	}

	private PlacedChildren placed() {
		return new PlacedChildren(mvc, json, accounts, accountRows, PASSWORD);
	}
}
