package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.platform.AccountManagement;
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

/**
 * A closure case with real institutions, placements and vacancies: the transfer plan, a changed
 * proposal, the guardians' notification, a child placed elsewhere, a withdrawn child, the case
 * closing, and the district's scope.
 */
@TuoyuTest
class ClosureIntegrationTests {

	private static final String PASSWORD = "Closure2026pass";

	/** A spot in 锡山 no other test puts sites on. */
	private static final double LAT = 31.6931, LNG = 120.5377;

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
	FamilyManagement family;

	@Test
	void theClosingInstitutionsChildrenAreProposedNearbyPlacesAndTrackedUntilResolved() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		Filed closing = at(Institutions.filedWithClass(mvc, jdbc, admin, 38_101, "sv-d-closing", "320205106", "托小一班", "TODDLER", 10), 0);
		Filed infants = at(Institutions.filedWithClass(mvc, jdbc, admin, 38_102, "sv-d-infants", "320205106", "乳儿班", "INFANT", 5), 0.001);
		Filed near = at(Institutions.filedWithClass(mvc, jdbc, admin, 38_103, "sv-d-near", "320205106", "托小班", "TODDLER", 1), 0.002);
		Filed far = at(Institutions.filedWithClass(mvc, jdbc, admin, 38_104, "sv-d-far", "320205400", "托小班", "TODDLER", 5), 0.01);
		PlacedChildren placed = new PlacedChildren(mvc, json, accounts, accountRows, PASSWORD);
		LocalDate today = TestClock.today();
		LocalDate closingOn = today.plusDays(30);
		PlacedChildren.Family youngest = placed.family(closing, "13700038101", "陈小一", closingOn.minusMonths(14).minusDays(3));
		PlacedChildren.Family middle = placed.family(closing, "13700038102", "陈小二", closingOn.minusMonths(15).minusDays(3));
		PlacedChildren.Family eldest = placed.family(closing, "13700038103", "陈小三", closingOn.minusMonths(16).minusDays(3));
		MockHttpSession xishan = Officers.signedIn(mvc, admin, "sv-d-xishan", "DISTRICT_ADMIN", "320205", PASSWORD);
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "sv-d-liangxi", "DISTRICT_ADMIN", "320213", PASSWORD);

		mvc.perform(post("/api/v1/supervision/closures").session(liangxi).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body(closing.id(), "证照到期不再续办", closingOn)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/supervision/closures").session(xishan).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body(closing.id(), "", closingOn)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/admin/supervision/closures").session(xishan).with(csrf())
			.param("institutionId", closing.id().toString()).param("reason", "租约到期").param("plannedClosingOn", today.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("openForm", "plannedClosingOn", "supervision.closure.date.past"));
		UUID id = UUID.fromString(json.readTree(mvc.perform(post("/api/v1/supervision/closures").session(xishan).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body(closing.id(), "租约到期，举办者决定停办", closingOn)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
		mvc.perform(post("/api/v1/supervision/closures").session(xishan).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body(closing.id(), "再次登记", closingOn)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("institutionId"));

		// youngest first: the nearest toddler place (the infants' class does not fit) goes to the youngest,
		// the others go to the next nearest with room
		JsonNode plan = read(mvc.perform(get("/api/v1/supervision/closures/" + id).session(xishan)).andExpect(status().isOk()));
		assertThat(plan.get("closure").get("status").asString()).isEqualTo("OPEN");
		assertThat(plan.get("transfers")).hasSize(3);
		Map<UUID, JsonNode> byChild = new java.util.HashMap<>();
		plan.get("transfers").forEach(t -> byChild.put(UUID.fromString(t.get("childId").asString()), t));
		assertThat(byChild.get(youngest.child()).get("proposedInstitutionId").asString()).isEqualTo(near.id().toString());
		assertThat(byChild.get(youngest.child()).get("ageMonths").asInt()).isEqualTo(14);
		assertThat(byChild.get(youngest.child()).get("childName").asString()).isEqualTo("陈**");
		assertThat(byChild.get(middle.child()).get("proposedInstitutionId").asString()).isEqualTo(far.id().toString());
		assertThat(byChild.get(eldest.child()).get("proposedInstitutionId").asString()).isEqualTo(far.id().toString());
		assertThat(byChild.get(eldest.child()).get("status").asString()).isEqualTo("PROPOSED");
		assertThat(plan.get("transfers").get(0).get("childId").asString()).isEqualTo(youngest.child().toString());
		assertThat(plan.toString()).doesNotContain(infants.id().toString());

		String middleTransfer = byChild.get(middle.child()).get("id").asString();
		JsonNode candidates = read(mvc.perform(get("/api/v1/supervision/closures/" + id + "/candidates").session(xishan)));
		assertThat(candidates.get(middleTransfer).toString()).contains(far.id().toString()).doesNotContain(near.id().toString());
		mvc.perform(put("/api/v1/supervision/closures/" + id + "/transfers/" + middleTransfer).session(xishan).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"institutionId\":\"%s\"}".formatted(near.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("institutionId"));
		mvc.perform(get("/api/v1/supervision/closures/" + id).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/supervision/closures/" + id).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/closures").session(liangxi))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(id.toString()))));
		mvc.perform(get("/admin/supervision/closures/" + id).session(xishan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("阳光宝贝托育中心 sv-d-near")))
			.andExpect(content().string(containsString("陈**")));

		mvc.perform(post("/admin/supervision/closures/" + id + "/confirmation").session(xishan).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID youngestGuardian = family.guardianAccounts(youngest.child()).get(0);
		assertThat(jdbc.sql("""
				SELECT link FROM platform_notification WHERE account_id = :account
				  AND message_key = 'supervision.closure.notification.proposed'
				""").param("account", youngestGuardian).query(String.class).list())
			.containsExactly("/directory/institutions/" + near.id());
		mvc.perform(put("/api/v1/supervision/closures/" + id + "/transfers/" + middleTransfer).session(xishan).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"institutionId\":\"%s\"}".formatted(far.id())))
			.andExpect(status().isUnprocessableContent());

		placed.place(youngest, near);
		awaitStatus(id, youngest.child(), "PLACED");
		mvc.perform(post("/api/v1/supervision/closures/" + id + "/transfers/" + middleTransfer + "/withdrawal").session(xishan)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"note\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(post("/api/v1/supervision/closures/" + id + "/transfers/" + middleTransfer + "/withdrawal").session(xishan)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"家长决定在家照护\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closure.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.closure.resolved").value(2));

		placed.place(eldest, far);
		awaitStatus(id, eldest.child(), "PLACED");
		JsonNode done = read(mvc.perform(get("/api/v1/supervision/closures/" + id).session(xishan)));
		assertThat(done.get("closure").get("status").asString()).isEqualTo("CLOSED");
		assertThat(done.get("closure").get("resolved").asInt()).isEqualTo(3);
		assertThat(byStatus(done, middle.child())).isEqualTo("WITHDRAWN");
	}

	private Filed at(Filed filed, double north) {
		jdbc.sql("UPDATE institution_site SET latitude = :lat, longitude = :lng WHERE institution_id = :id")
			.param("lat", LAT + north).param("lng", LNG).param("id", filed.id()).update();
		return filed;
	}

	private void awaitStatus(UUID closure, UUID child, String expected) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			String status = jdbc.sql("SELECT status FROM supervision_closure_transfer WHERE closure_id = :c AND child_id = :child")
				.param("c", closure).param("child", child).query(String.class).single();
			if (status.equals(expected)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("child " + child + " never became " + expected);
	}

	private static String byStatus(JsonNode closureCase, UUID child) {
		for (JsonNode t : closureCase.get("transfers")) {
			if (t.get("childId").asString().equals(child.toString())) {
				return t.get("status").asString();
			}
		}
		return null;
	}

	private JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static String body(UUID institution, String reason, LocalDate closingOn) {
		return "{\"institutionId\":\"%s\",\"reason\":\"%s\",\"plannedClosingOn\":\"%s\"}".formatted(institution, reason, closingOn);
	}
}
