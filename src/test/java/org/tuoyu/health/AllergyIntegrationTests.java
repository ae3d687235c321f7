package org.tuoyu.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Children's allergies over HTTP: guardians record and withdraw them, only the health worker of the
 * child's institution confirms them, bad input writes nothing, each role reaches only its own.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllergyIntegrationTests {

	static final String STREET = "320213021";

	static final String PASSWORD = "Allergy2026test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	Accounts accounts;

	MockHttpSession org;

	MockHttpSession healthWorker;

	MockHttpSession otherHealthWorker;

	MockHttpSession officer;

	Family peanut;

	Family shrimp;

	@BeforeAll
	void twoChildrenAndTwoHealthWorkers() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		Institutions.Filed place = Institutions.filedWithClass(mvc, jdbc, admin, 58_201, "allergy-org", STREET, "小一班",
				"TODDLER", 15);
		Institutions.Filed other = Institutions.filedWithClass(mvc, jdbc, admin, 58_202, "allergy-other", STREET, "小二班",
				"TODDLER", 15);
		PlacedChildren placed = new PlacedChildren(mvc, json, accountManagement, accounts, PASSWORD);
		LocalDate birth = TestClock.today().minusMonths(20);
		peanut = placed.family(place, "13958200001", "周花生", birth);
		shrimp = placed.family(place, "13958200002", "吴小虾", birth);
		healthWorker = placed.staff(place, STREET, "allergy-health", Role.HEALTH_WORKER);
		otherHealthWorker = placed.staff(other, STREET, "allergy-health-2", Role.HEALTH_WORKER);
		org = Logins.login(mvc, "allergy-org", Institutions.PASSWORD);
		officer = Officers.signedIn(mvc, admin, "allergy-street", "STREET_OFFICER", STREET, PASSWORD);
	}

	@Test
	void aGuardianRecordsTheHealthWorkerConfirms() throws Exception {
		UUID id = id(record(peanut.guardian(), peanut.child(), "花生", "SEVERE").andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/allergies/children/" + peanut.child()).session(peanut.guardian()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].allergen").value("花生"))
			.andExpect(jsonPath("$[0].confirmed").value(false))
			.andExpect(jsonPath("$[0].recordedByName").value("家长"));
		// only a health worker confirms, and only one of the child's institution
		confirm(org, id).andExpect(status().isForbidden());
		confirm(peanut.guardian(), id).andExpect(status().isForbidden());
		confirm(otherHealthWorker, id).andExpect(status().isNotFound());
		confirm(healthWorker, id).andExpect(status().isNoContent());
		confirm(healthWorker, id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("health.allergy.confirmedAlready"));
		mvc.perform(get("/api/v1/allergies/children/" + peanut.child()).session(org))
			.andExpect(jsonPath("$[0].confirmed").value(true))
			.andExpect(jsonPath("$[0].confirmedByName").value("职员 allergy-health"));
		assertThat(jdbc.sql("SELECT confirmed_institution IS NOT NULL AND confirmed_division = :street FROM health_allergy WHERE id = :id")
			.param("id", id).param("street", STREET).query(Boolean.class).single()).isTrue();
		mvc.perform(get("/org/health/allergies").session(healthWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("周花生")))
			.andExpect(content().string(containsString("职员 allergy-health 已确认")));
	}

	@Test
	void badInputIsRefusedAndWritesNothing() throws Exception {
		long before = count();
		record(shrimp.guardian(), shrimp.child(), " ", "MILD").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("allergen"))
			.andExpect(jsonPath("$.detail").value("请填写过敏原"));
		record(shrimp.guardian(), shrimp.child(), "虾", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("severity"));
		assertThat(count()).isEqualTo(before);
		record(shrimp.guardian(), shrimp.child(), "虾", "MODERATE").andExpect(status().isCreated());
		record(shrimp.guardian(), shrimp.child(), " 虾 ", "MILD").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("已经记录过对“虾”过敏"));
		assertThat(count()).isEqualTo(before + 1);
		// the phone form shows the reason beside the field
		mvc.perform(post("/family/children/" + shrimp.child() + "/allergies").session(shrimp.guardian()).with(csrf())
			.param("allergen", "").param("severity", "MILD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写过敏原")));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void aWithdrawnAllergyIsKeptButNoLongerShown() throws Exception {
		UUID id = id(record(shrimp.guardian(), shrimp.child(), "猕猴桃", "MILD").andExpect(status().isCreated()));
		mvc.perform(post("/api/v1/allergies/" + id + "/withdrawal").session(peanut.guardian()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/family/allergies/" + id + "/withdrawal").session(shrimp.guardian()).with(csrf())
			.param("childId", shrimp.child().toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/family/children/" + shrimp.child() + "/allergies").session(shrimp.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("猕猴桃"))));
		assertThat(jdbc.sql("SELECT status FROM health_allergy WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("WITHDRAWN");
		// withdrawn, the allergen may be recorded again
		record(shrimp.guardian(), shrimp.child(), "猕猴桃", "MILD").andExpect(status().isCreated());
	}

	@Test
	void eachRoleReachesOnlyItsOwn() throws Exception {
		record(peanut.guardian(), shrimp.child(), "牛奶", "MILD").andExpect(status().isNotFound());
		record(healthWorker, shrimp.child(), "牛奶", "MILD").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allergies/children/" + shrimp.child()).session(peanut.guardian()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/allergies/children/" + shrimp.child()).session(otherHealthWorker))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/allergies/children/" + shrimp.child()).session(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allergies/institution").session(otherHealthWorker))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/family/children/" + shrimp.child() + "/allergies").session(peanut.guardian()))
			.andExpect(status().isNotFound());
		confirm(healthWorker, UUID.randomUUID()).andExpect(status().isNotFound());
	}

	private ResultActions record(MockHttpSession session, UUID child, String allergen, String severity) throws Exception {
		return mvc.perform(post("/api/v1/allergies").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"%s\",\"allergen\":\"%s\",\"severity\":%s}".formatted(child, allergen,
					severity == null ? "null" : "\"" + severity + "\"")));
	}

	private ResultActions confirm(MockHttpSession session, UUID id) throws Exception {
		return mvc.perform(post("/api/v1/allergies/" + id + "/confirmation").session(session).with(csrf()));
	}

	private UUID id(ResultActions result) throws Exception {
		return UUID.fromString(json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString());
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM health_allergy").query(Long.class).single();
	}
}
