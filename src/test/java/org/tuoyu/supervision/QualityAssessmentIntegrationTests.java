package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class QualityAssessmentIntegrationTests {

	private static final String PASSWORD = "Grading2026pass";

	/** Xishan street of this part's assessment tests. */
	private static final String STREET = "320205105";

	private static final String FULL = """
			{"CONDITIONS":14,"STAFF":13,"CARE":18,"HEALTH_CARE":14,"PARENTING_SUPPORT":9,"SAFETY":14,"MANAGEMENT":9}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	QualityAssessmentManagement assessments;

	private MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	@Test
	void theInstitutionSelfAssessesTheRegulatorApprovesAndTheGradeIsPublished() throws Exception {
		UUID institution = filed(37_101, "sv-c-grade");
		MockHttpSession org = Logins.login(mvc, "sv-c-grade", Institutions.PASSWORD);
		MockHttpSession district = Officers.signedIn(mvc, admin, "sv-c-grade-district", "DISTRICT_ADMIN", "320205",
				PASSWORD);
		UUID id = start(org, null);

		mvc.perform(json(put("/api/v1/supervision/assessments/" + id), org,
				"{\"scores\":{\"CARE\":21},\"submit\":false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("scores[CARE]")))
			.andExpect(content().string(containsString("20")));
		mvc.perform(json(put("/api/v1/supervision/assessments/" + id), org,
				"{\"scores\":{\"CARE\":18},\"notes\":{\"CARE\":\"一日生活安排规范\"},\"submit\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("scores[CONDITIONS]")));
		mvc.perform(json(put("/api/v1/supervision/assessments/" + id), org,
				"{\"scores\":" + FULL + ",\"notes\":{\"CARE\":\"一日生活安排规范\"},\"submit\":true}"))
			.andExpect(status().isNoContent());
		mvc.perform(json(put("/api/v1/supervision/assessments/" + id), org, "{\"scores\":" + FULL + ",\"submit\":true}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/supervision/assessments").param("status", "SUBMITTED").session(district))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id.toString())));

		mvc.perform(json(post("/api/v1/supervision/assessments/" + id + "/review"), district,
				"{\"scores\":{\"CONDITIONS\":14,\"STAFF\":12,\"CARE\":16,\"HEALTH_CARE\":14,\"PARENTING_SUPPORT\":8,"
						+ "\"SAFETY\":13,\"MANAGEMENT\":8},\"decision\":\"APPROVE\",\"comment\":\"总体较好\"}"))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/supervision/assessments/" + id).session(org))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.selfTotal").value(91))
			.andExpect(jsonPath("$.reviewedTotal").value(85))
			.andExpect(jsonPath("$.grade").value("GOOD"))
			.andExpect(jsonPath("$.scores[2].note").value("一日生活安排规范"));
		String published = mvc.perform(get("/api/v1/public/institutions/" + institution + "/grade"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("GOOD"))
			.andExpect(jsonPath("$.year").value(TestClock.today().getYear()))
			.andExpect(jsonPath("$.gradedOn").value(TestClock.today().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(published).doesNotContain(":85", "reviewedTotal", "scores", "总体较好");
		mvc.perform(get("/directory/institutions/" + institution))
			.andExpect(content().string(containsString("质量等级：良好")));
		Integer notices = jdbc.sql("""
				SELECT count(*) FROM platform_notification n JOIN platform_account a ON a.id = n.account_id
				WHERE a.username = 'sv-c-grade' AND n.message_key = 'supervision.grading.approvedNotice.GOOD'
				""").query(Integer.class).single();
		assertThat(notices).isEqualTo(1);
		mvc.perform(json(post("/api/v1/supervision/assessments"), org, "{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("year")));
	}

	@Test
	void oneOpenAssessmentAtATimeAndAReturnedOneIsRevisedOnThePage() throws Exception {
		filed(37_102, "sv-c-return");
		MockHttpSession org = Logins.login(mvc, "sv-c-return", Institutions.PASSWORD);
		MockHttpSession district = Officers.signedIn(mvc, admin, "sv-c-return-district", "DISTRICT_ADMIN", "320205",
				PASSWORD);
		int year = TestClock.today().getYear();
		UUID id = start(org, year - 1);

		mvc.perform(json(post("/api/v1/supervision/assessments"), org, "{\"year\":" + year + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("year")));
		mvc.perform(post("/org/supervision/assessments").session(org).with(csrf()).param("year", String.valueOf(year + 1)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("startForm", "year", "supervision.grading.yearRange"));

		mvc.perform(post("/org/supervision/assessments/" + id).session(org).with(csrf())
			.param("scores[CONDITIONS]", "16")
			.param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("scoresForm", "scores[CONDITIONS]",
					"supervision.grading.scoreRange"))
			.andExpect(content().string(containsString("得分应在 0 到 15 分之间")))
			.andExpect(content().string(containsString("value=\"16\"")));
		mvc.perform(post("/org/supervision/assessments/" + id).session(org).with(csrf())
			.param("scores[CARE]", "abc")
			.param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入整数")));
		ResultActions saved = mvc
			.perform(fullForm(post("/org/supervision/assessments/" + id), org).param("action", "submit"));
		saved.andExpect(redirectedUrl("/org/supervision/assessments/" + id));

		mvc.perform(post("/admin/supervision/assessments/" + id + "/review").session(district).with(csrf())
			.param("action", "return")
			.param("comment", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("scoresForm", "comment", "supervision.grading.returnReason"));
		mvc.perform(post("/admin/supervision/assessments/" + id + "/review").session(district).with(csrf())
			.param("action", "return")
			.param("comment", "安全保障自评依据不足，请补充消防演练记录"))
			.andExpect(redirectedUrl("/admin/supervision/assessments/" + id));
		mvc.perform(get("/org/supervision/assessments/" + id).session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("安全保障自评依据不足")))
			.andExpect(content().string(containsString("submit-assessment")));
		mvc.perform(fullForm(post("/org/supervision/assessments/" + id), org).param("action", "submit"))
			.andExpect(redirectedUrl("/org/supervision/assessments/" + id));
		mvc.perform(get("/api/v1/supervision/assessments/" + id).session(org))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(get("/admin/supervision/assessments/" + id).session(district))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("approve-assessment")));
	}

	@Test
	void assessmentsAreVisibleToTheirInstitutionAndRegulatorsInScopeOnly() throws Exception {
		filed(37_103, "sv-c-scope");
		filed(37_104, "sv-c-scope-other");
		MockHttpSession org = Logins.login(mvc, "sv-c-scope", Institutions.PASSWORD);
		MockHttpSession other = Logins.login(mvc, "sv-c-scope-other", Institutions.PASSWORD);
		MockHttpSession elsewhere = Officers.signedIn(mvc, admin, "sv-c-scope-liangxi", "DISTRICT_ADMIN", "320213",
				PASSWORD);
		UUID id = start(org, null);
		mvc.perform(json(put("/api/v1/supervision/assessments/" + id), org, "{\"scores\":" + FULL + ",\"submit\":true}"))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/supervision/assessments/" + id).session(other)).andExpect(status().isNotFound());
		mvc.perform(get("/org/supervision/assessments/" + id).session(other)).andExpect(status().isNotFound());
		mvc.perform(json(put("/api/v1/supervision/assessments/" + id), other, "{\"scores\":" + FULL + "}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/assessments").session(other))
			.andExpect(content().string(not(containsString(id.toString()))));
		mvc.perform(get("/api/v1/supervision/assessments/" + id).session(elsewhere)).andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/supervision/assessments/" + id + "/review"), elsewhere,
				"{\"scores\":" + FULL + ",\"decision\":\"APPROVE\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/assessments").session(elsewhere))
			.andExpect(content().string(not(containsString(id.toString()))));
		mvc.perform(json(post("/api/v1/supervision/assessments/" + id + "/review"), org,
				"{\"scores\":" + FULL + ",\"decision\":\"APPROVE\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/supervision/assessments/" + id).session(org))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void twoAdministratorsStartingAtOnceGetOneAssessment() throws Exception {
		UUID institution = filed(37_105, "sv-c-race-org");
		UUID account = accounts.findByUsername("sv-c-race-org").orElseThrow().id();
		CurrentUser head = new CurrentUser(account, "sv-c-race-org", "园长", Role.INSTITUTION_ADMIN,
				DataScope.institution(institution));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<UUID>> started = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				started.add(pool.submit(() -> assessments.start(head, null)));
			}
			int succeeded = 0;
			for (Future<UUID> attempt : started) {
				try {
					attempt.get();
					succeeded++;
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(BusinessRuleException.class);
					assertThat(((BusinessRuleException) ex.getCause()).field()).isEqualTo("year");
				}
			}
			assertThat(succeeded).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(assessments.assessments(head, null)).hasSize(1);
	}

	private UUID start(MockHttpSession org, Integer year) throws Exception {
		String answer = mvc
			.perform(json(post("/api/v1/supervision/assessments"), org, year == null ? "{}" : "{\"year\":" + year + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(json.readTree(answer).get("id").asString());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, MockHttpSession session,
			String body) {
		return request.session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static MockHttpServletRequestBuilder fullForm(MockHttpServletRequestBuilder request, MockHttpSession session) {
		return request.session(session)
			.with(csrf())
			.param("scores[CONDITIONS]", "12")
			.param("scores[STAFF]", "12")
			.param("scores[CARE]", "16")
			.param("scores[HEALTH_CARE]", "12")
			.param("scores[PARENTING_SUPPORT]", "8")
			.param("scores[SAFETY]", "12")
			.param("scores[MANAGEMENT]", "8")
			.param("notes[SAFETY]", "每季度开展消防演练");
	}

	private UUID filed(int serial, String username) throws Exception {
		UUID id = Institutions.register(mvc, admin, serial, username, STREET);
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
		return id;
	}
}
