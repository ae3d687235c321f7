package org.tuoyu.guidance.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/** The awareness survey over HTTP: versions, answers online and on paper, and awareness by area on hand-built data. */
@TuoyuTest
class SurveyIntegrationTests {

	static final String PASSWORD = "Glrn2026pass";

	/** Three questions, full score 6. */
	static final String QUESTIONS = """
			[{"text":"婴儿6个月内最理想的食物是？","options":["配方奶","母乳","米糊"],"scores":[0,2,0]},
			 {"text":"宝宝发烧38.5℃以上应？","options":["捂汗","遵医嘱用退烧药"],"scores":[0,2]},
			 {"text":"每天户外活动建议？","options":["不必要","2小时左右"],"scores":[0,2]}]""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SurveyManagement surveys;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	@Test
	void aPublishedVersionNeverChangesAndEditsMakeTheNextVersion() throws Exception {
		MockHttpSession binhu = Officers.signedIn(mvc, admin, "glrn-sv-binhu", "DISTRICT_ADMIN", "320211", PASSWORD);
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "glrn-sv-liangxi1", "DISTRICT_ADMIN", "320213", PASSWORD);
		MockHttpSession street = Officers.signedIn(mvc, admin, "glrn-sv-street", "STREET_OFFICER", "320211001", PASSWORD);
		String first = id(draft(binhu, "glrn 滨湖问卷", 4).andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.status").value("DRAFT")));
		draft(binhu, "glrn 第二份草稿", 4).andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/guidance/surveys/versions/" + first).session(binhu).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body("glrn 滨湖问卷（修订）", 5)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.passMark").value(5));
		mvc.perform(put("/api/v1/guidance/surveys/versions/" + first).session(binhu).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body("glrn 滨湖问卷", 7)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("passMark"))
			.andExpect(jsonPath("$.detail").value("及格分应在1到满分（6分）之间"));
		mvc.perform(post("/api/v1/guidance/surveys/versions/" + first + "/publish").session(binhu).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

		mvc.perform(put("/api/v1/guidance/surveys/versions/" + first).session(binhu).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body("glrn 偷偷改", 4)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:business-rule"))
			.andExpect(jsonPath("$.detail").value("已发布的问卷不能修改，请新建版本"));
		String second = id(mvc.perform(post("/api/v1/guidance/surveys/versions/" + first + "/revisions").session(binhu)
			.with(csrf())).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.title").value("glrn 滨湖问卷（修订）")));
		mvc.perform(post("/api/v1/guidance/surveys/versions/" + second + "/publish").session(binhu).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/guidance/surveys/versions/" + first).session(binhu))
			.andExpect(jsonPath("$.status").value("RETIRED"))
			.andExpect(jsonPath("$.title").value("glrn 滨湖问卷（修订）"))
			.andExpect(jsonPath("$.retiredOn").value(TestClock.today().toString()));

		mvc.perform(get("/api/v1/guidance/surveys/versions/" + first).session(liangxi)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:not-found"));
		mvc.perform(get("/api/v1/guidance/surveys/versions/" + first).session(admin)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/guidance/surveys/versions").session(street)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/guidance/surveys/" + second).session(binhu)).andExpect(status().isOk());
	}

	@Test
	void guardiansAndPaperAnswersMakeTheAwarenessOfTheirArea() throws Exception {
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "glrn-sv-liangxi2", "DISTRICT_ADMIN", "320213", PASSWORD);
		MockHttpSession health = Officers.signedIn(mvc, admin, "glrn-sv-health", "COMMUNITY_HEALTH", "320213026", PASSWORD);
		MockHttpSession binhuStreet = Officers.signedIn(mvc, admin, "glrn-sv-binhu-st", "STREET_OFFICER", "320211001",
				PASSWORD);
		String version = id(draft(liangxi, "glrn 梁溪知晓率问卷", 4).andExpect(status().isCreated()));
		mvc.perform(post("/api/v1/guidance/surveys/versions/" + version + "/publish").session(liangxi).with(csrf()))
			.andExpect(status().isOk());

		EnrollmentFixtures fixtures = new EnrollmentFixtures(mvc, json, jdbc);
		MockHttpSession guardian = fixtures.guardian("13600450030");
		UUID child = fixtures.child(guardian, "小问", TestClock.today().minusMonths(14));
		mvc.perform(get("/api/v1/guidance/surveys/questionnaire").session(guardian)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/guidance/courses/learners/" + child + "/community").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"community\":\"320213026001\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/guidance/surveys/questionnaire").session(guardian)).andExpect(status().isOk())
			.andExpect(jsonPath("$.versionId").value(version))
			.andExpect(jsonPath("$.questions[0].options[1]").value("母乳"))
			.andExpect(jsonPath("$.questions[0].scores").doesNotExist());
		answer(guardian, version, "[1,1,0]").andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(4)).andExpect(jsonPath("$.passed").value(true));
		answer(guardian, version, "[1,1,1]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("您在" + TestClock.today().getYear() + "年已经答过本问卷"));

		paper(health, "320213026002", "[0,1,0]").andExpect(status().isCreated()).andExpect(jsonPath("$.passed").value(false));
		paper(health, "320213026002", "[1,1,1]").andExpect(status().isCreated()).andExpect(jsonPath("$.score").value(6));
		paper(health, "320211001003", "[1,1,1]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("community"));
		paper(health, "320213026002", "[1,1]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answers"));
		paper(guardian, "320213026002", "[1,1,1]").andExpect(status().isForbidden());
		paper(binhuStreet, "320211001003", "[1,1,1]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("该社区所在的区、市还没有发布问卷"));

		int year = TestClock.today().getYear();
		assertThat(surveys.awareness("320213026", year)).extracting(Awareness::passed, Awareness::respondents)
			.containsExactly(2L, 3L);
		assertThat(surveys.awareness("320213026002", year)).extracting(Awareness::passed, Awareness::respondents)
			.containsExactly(1L, 2L);
		assertThat(surveys.awareness("320213026", year - 1).respondents()).isZero();
		mvc.perform(get("/api/v1/guidance/surveys/awareness").session(health))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.passed").value(2))
			.andExpect(jsonPath("$.total.respondents").value(3))
			.andExpect(jsonPath("$.parts[?(@.divisionCode == '320213026001')].passed").value(1))
			.andExpect(jsonPath("$.parts[?(@.divisionCode == '320213026003')].respondents").value(0));
		mvc.perform(get("/api/v1/guidance/surveys/awareness").param("division", "320213026").session(binhuStreet))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/guidance/awareness").param("division", "320213026").session(liangxi))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("66.7 %")));
		mvc.perform(get("/family/guidance/survey").session(guardian)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("already-answered")));
	}

	@Test
	void aGuardianWhoAnsweredTwoVersionsInAYearCountsOnceWithTheLatest() {
		UUID older = version("320206", 1, "RETIRED");
		UUID newer = version("320206", 2, "PUBLISHED");
		EnrollmentFixtures fixtures = new EnrollmentFixtures(mvc, json, jdbc);
		UUID twice = account(fixtures, "13600450040");
		UUID once = account(fixtures, "13600450041");
		LocalDate today = TestClock.today();
		response(older, today, twice, "320206001", false, 1);
		response(newer, today, twice, "320206001", true, 2);
		response(newer, today, once, "320206001", false, 3);
		response(newer, today.minusYears(1), once, "320206001", true, 4);
		for (boolean passed : new boolean[] { true, true, false }) {
			paperResponse(newer, today, "320206001001", passed);
		}
		int year = today.getYear();
		assertThat(surveys.awareness("320206", year)).extracting(Awareness::passed, Awareness::respondents)
			.containsExactly(3L, 5L);
		assertThat(surveys.awareness("320206001001", year)).extracting(Awareness::passed, Awareness::respondents)
			.as("guardians without a community count for their street only").containsExactly(2L, 3L);
		assertThat(surveys.awareness("320206", year - 1)).extracting(Awareness::passed, Awareness::respondents)
			.containsExactly(1L, 1L);
		assertThat(surveys.awareness("3202", year).respondents()).isGreaterThanOrEqualTo(5L);
	}

	private UUID version(String owner, int number, String status) {
		UUID id = UUID.randomUUID();
		LocalDate today = TestClock.today();
		jdbc.sql("""
				INSERT INTO guidance_survey_version (id, owner_division, version, title, pass_mark, status, published_on,
				  retired_on, created_at, updated_at)
				VALUES (:id, :owner, :number, 'glrn 手工问卷', 2, :status, :today, :retired, :now, :now)
				""").param("id", id).param("owner", owner).param("number", number).param("status", status)
			.param("today", today).param("retired", "RETIRED".equals(status) ? today : null)
			.param("now", TestClock.nowInCity()).update();
		return id;
	}

	private void response(UUID version, LocalDate day, UUID guardian, String street, boolean passed, int order) {
		insert(version, day, guardian, street, null, passed, TestClock.nowInCity().plusSeconds(order));
	}

	private void paperResponse(UUID version, LocalDate day, String community, boolean passed) {
		insert(version, day, null, community.substring(0, 9), community, passed, TestClock.nowInCity());
	}

	private void insert(UUID version, LocalDate day, UUID guardian, String street, String community, boolean passed,
			OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO guidance_survey_response (id, version_id, year, answered_on, channel, guardian_account_id,
				  division_code, community_code, answers, score, passed, entered_at)
				VALUES (:id, :version, :year, :day, :channel, :guardian, :street, :community, '{0}', :score, :passed, :at)
				""").param("id", UUID.randomUUID()).param("version", version).param("year", day.getYear()).param("day", day)
			.param("channel", guardian == null ? "PAPER" : "ONLINE").param("guardian", guardian).param("street", street)
			.param("community", community).param("score", passed ? 2 : 0).param("passed", passed).param("at", at)
			.update();
	}

	private UUID account(EnrollmentFixtures fixtures, String phone) {
		try {
			fixtures.guardian(phone);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return jdbc.sql("SELECT id FROM platform_account WHERE username = :phone").param("phone", phone)
			.query(UUID.class).single();
	}

	private ResultActions draft(MockHttpSession owner, String title, int passMark) throws Exception {
		return mvc.perform(post("/api/v1/guidance/surveys/versions").session(owner).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body(title, passMark)));
	}

	private ResultActions answer(MockHttpSession guardian, String version, String answers) throws Exception {
		return mvc.perform(post("/api/v1/guidance/surveys/responses").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versionId\":\"%s\",\"answers\":%s}".formatted(version, answers)));
	}

	private ResultActions paper(MockHttpSession worker, String community, String answers) throws Exception {
		return mvc.perform(post("/api/v1/guidance/surveys/paper").session(worker).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"community\":\"%s\",\"answers\":%s,\"note\":\"glrn-纸质-01\"}".formatted(community, answers)));
	}

	private static String body(String title, int passMark) {
		return "{\"title\":\"%s\",\"passMark\":%d,\"questions\":%s}".formatted(title, passMark, QUESTIONS);
	}

	private String id(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString();
	}
}
