package org.tuoyu.guidance.learning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/** The pages of online classes and the awareness survey for each face, in both languages, and the API documentation. */
@TuoyuTest
class LearningPageTests {

	static final String PASSWORD = "Glrn2026pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void officersWriteCoursesAndQuestionnairesOnPages() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", org.tuoyu.test.TuoyuTest.ADMIN_PASSWORD);
		MockHttpSession street = Officers.signedIn(mvc, admin, "glrn-pg-street", "STREET_OFFICER", "320213027", PASSWORD);
		MockHttpSession health = Officers.signedIn(mvc, admin, "glrn-pg-health", "COMMUNITY_HEALTH", "320213027", PASSWORD);
		mvc.perform(get("/admin/guidance").session(street)).andExpect(status().isOk())
			.andExpect(content().string(containsString("card-courses")))
			.andExpect(content().string(containsString("card-paper")))
			.andExpect(content().string(not(containsString("card-surveys"))));
		mvc.perform(get("/admin/guidance").session(health)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("card-courses"))));
		mvc.perform(get("/admin/guidance/courses").session(health)).andExpect(status().isForbidden());

		mvc.perform(get("/admin/guidance/courses/new").session(street)).andExpect(status().isOk())
			.andExpect(content().string(containsString("course-form")));
		mvc.perform(post("/admin/guidance/courses").session(street).with(csrf()).param("title", "glrn 页面课程")
			.param("ageBand", "M12_24").param("topic", "LANGUAGE").param("passMarkPercent", "60")
			.param("quiz", "题一\n- 甲\n- 乙"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第1行的题目应有且只有一个正确答案")));
		String location = mvc.perform(post("/admin/guidance/courses").session(street).with(csrf())
			.param("title", "glrn 页面课程").param("ageBand", "M12_24").param("topic", "LANGUAGE")
			.param("passMarkPercent", "60").param("quiz", "题一\n- 甲\n* 乙"))
			.andExpect(redirectedUrlPattern("/admin/guidance/courses/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(street)).andExpect(status().isOk())
			.andExpect(content().string(containsString("video-file-input")))
			.andExpect(content().string(containsString("* 乙")));
		mvc.perform(get("/admin/guidance/courses").session(street).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("glrn 页面课程")))
			.andExpect(content().string(containsString("Online classes")));

		mvc.perform(get("/admin/guidance/surveys/new").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/guidance/surveys").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/guidance/surveys").session(street)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/guidance/surveys/paper").session(health)).andExpect(status().isOk())
			.andExpect(content().string(containsString("320213027001")));
		mvc.perform(get("/admin/guidance/awareness").session(health)).andExpect(status().isOk())
			.andExpect(content().string(containsString("awareness-total")));
	}

	@Test
	void familiesFindCoursesAndTheQuestionnaireOnThePhone() throws Exception {
		EnrollmentFixtures fixtures = new EnrollmentFixtures(mvc, json, jdbc);
		MockHttpSession guardian = fixtures.guardian("13600450050");
		UUID child = fixtures.child(guardian, "小页", TestClock.today().minusMonths(8));
		mvc.perform(get("/family/guidance").session(guardian)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/family/guidance/courses")));
		mvc.perform(get("/family/guidance/courses").session(guardian)).andExpect(status().isOk())
			.andExpect(content().string(containsString("no-community-" + child)));
		mvc.perform(get("/family/guidance/children/" + child + "/community").session(guardian).param("street", "320213027"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("320213027001")));
		mvc.perform(post("/family/guidance/children/" + child + "/community").session(guardian).with(csrf())
			.param("community", "320213027001").param("back", "/family/guidance/survey"))
			.andExpect(redirectedUrl("/family/guidance/survey"));
		mvc.perform(get("/family/guidance/survey").session(guardian)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("no-community-"))));
		mvc.perform(get("/family/guidance/survey").session(guardian).param("lang", "en")).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/guidance/courses", "/api/v1/guidance/courses/{id}", "/api/v1/guidance/courses/{id}/video",
			"/api/v1/guidance/courses/managed", "/api/v1/guidance/courses/{id}/progress", "/api/v1/guidance/courses/{id}/quiz",
			"/api/v1/guidance/courses/learners/{childId}/community", "/api/v1/guidance/surveys/versions",
			"/api/v1/guidance/surveys/versions/{id}/revisions", "/api/v1/guidance/surveys/responses",
			"/api/v1/guidance/surveys/paper", "/api/v1/guidance/surveys/awareness" })
	void everyLearningApiIsDocumented(String path) throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths['" + path + "']").exists());
	}
}
