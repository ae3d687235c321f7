package org.tuoyu.guidance.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.Sha256;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/** Online classes over HTTP: uploads, range requests, scopes, and completion counted once per child. */
@TuoyuTest
class CourseIntegrationTests {

	static final String PASSWORD = "Glrn2026pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	CourseManagement courses;

	@Autowired
	AccountManagement accounts;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	@Test
	void uploadsAreMp4sWithinTheLimitFromCourseAuthorsOnlyAndServedInRanges() throws Exception {
		MockHttpSession liangxi = officer("glrn-up-liangxi", "DISTRICT_ADMIN", "320213");
		MockHttpSession health = officer("glrn-up-health", "COMMUNITY_HEALTH", "320213021");
		MockHttpSession guardian = new EnrollmentFixtures(mvc, json, jdbc).guardian("13600450010");
		UUID course = create(liangxi, "glrn 上传检查", "M6_12", null);
		int media = mediaCount();

		mvc.perform(put("/api/v1/guidance/courses/" + course + "/video").session(liangxi).with(csrf())
			.contentType("video/mp4").content("这不是视频，只是文字。".repeat(40).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:business-rule"))
			.andExpect(jsonPath("$.errors[0].field").value("video"))
			.andExpect(jsonPath("$.detail").value("只能上传 MP4 格式的视频文件，该文件不是 MP4 视频"));
		assertThatThrownBy(() -> courses.uploadVideo(user("glrn-up-liangxi"), course,
				new ByteArrayInputStream(VideoUploadPolicyTests.mp4(2048, "isom")), 201L * 1024 * 1024, "big.mp4"))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("guidance.learning.video.tooLarge");
				assertThat(e.arguments()).containsExactly(200L);
			});
		mvc.perform(put("/api/v1/guidance/courses/" + course + "/video").session(health).with(csrf())
			.contentType("video/mp4").content(VideoUploadPolicyTests.mp4(2048, "isom")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:forbidden"));
		mvc.perform(post("/api/v1/guidance/courses").session(guardian).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(courseJson("glrn 家长不能写", "M0_6", null))).andExpect(status().isForbidden());
		assertThat(mediaCount()).as("nothing stored").isEqualTo(media);
		assertThat(jdbc.sql("SELECT video_sha256 FROM guidance_course WHERE id = :id").param("id", course)
			.query(String.class).optional()).isEmpty();

		byte[] video = VideoUploadPolicyTests.mp4(4096, "mp42");
		mvc.perform(put("/api/v1/guidance/courses/" + course + "/video").session(liangxi).with(csrf())
			.contentType("video/mp4").header("X-File-Name", "%E8%BE%85%E9%A3%9F.mp4").content(video))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sha256").value(Sha256.hex(video)))
			.andExpect(jsonPath("$.size").value(4096))
			.andExpect(jsonPath("$.fileName").value("辅食.mp4"));
		assertThat(mediaCount()).isEqualTo(media + 1);

		byte[] part = mvc.perform(get("/api/v1/guidance/courses/" + course + "/video").session(liangxi)
			.header("Range", "bytes=100-199"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 100-199/4096"))
			.andExpect(header().string("Content-Type", "video/mp4"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(part).isEqualTo(Arrays.copyOfRange(video, 100, 200));
		mvc.perform(get("/api/v1/guidance/courses/" + course + "/video").session(liangxi))
			.andExpect(status().isOk())
			.andExpect(header().string("Accept-Ranges", "bytes"))
			.andExpect(content().bytes(video));
		mvc.perform(get("/api/v1/guidance/courses/" + course + "/video").session(guardian))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("urn:tuoyu:problem:not-found"));

		UUID withoutVideo = create(liangxi, "glrn 无视频", "M6_12", null);
		mvc.perform(post("/api/v1/guidance/courses/" + withoutVideo + "/publish").session(liangxi).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("video"));
		mvc.perform(post("/api/v1/guidance/courses/" + course + "/publish").session(liangxi).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/guidance/courses/" + course + "/video").session(guardian)
			.header("Range", "bytes=4000-")).andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 4000-4095/4096"));
	}

	@Test
	void officersAndProvidersManageOnlyTheirOwnCoursesAndEveryoneElseGets404() throws Exception {
		MockHttpSession liangxi = officer("glrn-sc-liangxi", "DISTRICT_ADMIN", "320213");
		MockHttpSession binhu = officer("glrn-sc-binhu", "DISTRICT_ADMIN", "320211");
		UUID providerId = UUID.randomUUID();
		accounts.createProviderAccount(user("admin"), "glrn-sc-provider", "指导机构员工", providerId,
				DivisionCode.of("320213"), PASSWORD);
		MockHttpSession provider = Logins.login(mvc, "glrn-sc-provider", PASSWORD);
		UUID ours = create(liangxi, "glrn 梁溪课程", "M0_6", null);
		UUID theirs = create(provider, "glrn 机构课程", "M0_6", null);

		mvc.perform(get("/api/v1/guidance/courses/managed/" + ours).session(liangxi)).andExpect(status().isOk())
			.andExpect(jsonPath("$.questions[1].answer").value(2));
		mvc.perform(get("/api/v1/guidance/courses/managed/" + ours).session(admin)).andExpect(status().isOk());
		for (MockHttpSession outsider : new MockHttpSession[] { binhu, provider }) {
			mvc.perform(get("/api/v1/guidance/courses/managed/" + ours).session(outsider))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:not-found"));
			mvc.perform(put("/api/v1/guidance/courses/" + ours).session(outsider).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(courseJson("glrn 改名", "M0_6", null)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/guidance/courses/managed/" + theirs).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/guidance/courses/" + theirs).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/guidance/courses/managed").session(provider))
			.andExpect(jsonPath("$[?(@.id == '" + theirs + "')]").exists())
			.andExpect(jsonPath("$[?(@.id == '" + ours + "')]").doesNotExist());
		mvc.perform(get("/provider/courses/" + theirs).session(provider)).andExpect(status().isOk());
		mvc.perform(get("/admin/guidance/courses/" + theirs).session(liangxi)).andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/guidance/courses").session(liangxi).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(courseJson("glrn 坏地址", "M0_6", "http://example.org/v.mp4")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("videoUrl"));
	}

	@Test
	void aCourseWatchedFarEnoughWithItsQuizPassedCountsOnceForEachChildUnderThree() throws Exception {
		MockHttpSession liangxi = officer("glrn-pq-liangxi", "DISTRICT_ADMIN", "320213");
		UUID course = create(liangxi, "glrn 宝宝睡眠", "M0_6", "https://video.example.org/sleep.mp4");
		UUID hidden = create(liangxi, "glrn 未发布", "M0_6", "https://video.example.org/hidden.mp4");
		mvc.perform(post("/api/v1/guidance/courses/" + course + "/publish").session(liangxi).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true));

		EnrollmentFixtures fixtures = new EnrollmentFixtures(mvc, json, jdbc);
		MockHttpSession guardian = fixtures.guardian("13600450020");
		UUID baby = fixtures.child(guardian, "小安", TestClock.today().minusMonths(5));
		UUID toddler = fixtures.child(guardian, "小宁", TestClock.today().minusMonths(20));
		UUID older = fixtures.child(guardian, "小乐", TestClock.today().minusMonths(40));
		mvc.perform(put("/api/v1/guidance/courses/learners/" + baby + "/community").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"community\":\"320213021003\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.counted").isEmpty());
		mvc.perform(get("/api/v1/guidance/courses/learners").session(guardian))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.name == '小安')].ageBand").value("M0_6"));
		mvc.perform(get("/api/v1/guidance/courses").session(guardian))
			.andExpect(jsonPath("$[?(@.course.id == '" + course + "')].forMyChildren").value(true))
			.andExpect(jsonPath("$[?(@.course.id == '" + hidden + "')]").doesNotExist());
		mvc.perform(get("/api/v1/guidance/courses/" + course).session(guardian))
			.andExpect(jsonPath("$.quiz[0].options[1]").value("6个月左右"))
			.andExpect(jsonPath("$.quiz[0].answer").doesNotExist());

		progress(guardian, course, "0.5").andExpect(jsonPath("$.progress.completedOn").isEmpty());
		quiz(guardian, course, "[0,0]").andExpect(jsonPath("$.lastScore").value(0))
			.andExpect(jsonPath("$.progress.quizPassed").value(false));
		quiz(guardian, course, "[1,2]").andExpect(jsonPath("$.lastScore").value(100))
			.andExpect(jsonPath("$.progress.quizPassed").value(true))
			.andExpect(jsonPath("$.progress.completedOn").isEmpty());
		mvc.perform(post("/api/v1/guidance/courses/" + course + "/progress").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"watched\":1.5}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("watched"));
		progress(guardian, course, "0.85")
			.andExpect(jsonPath("$.progress.completedOn").value(TestClock.today().toString()))
			.andExpect(jsonPath("$.counted[0]").value("小安"))
			.andExpect(jsonPath("$.withoutCommunity[0]").value("小宁"));
		progress(guardian, course, "0.95").andExpect(jsonPath("$.counted").isEmpty());
		quiz(guardian, course, "[1,2]").andExpect(jsonPath("$.counted").isEmpty());
		assertThat(services(baby, course)).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT kind || ':' || free || ':' || served_on FROM guidance_service s JOIN guidance_child c ON c.id = s.child_id
				WHERE c.family_child_id = :child AND s.source_id = :course
				""").param("child", baby).param("course", course).query(String.class).single())
			.isEqualTo("ONLINE_COURSE:false:" + TestClock.today());
		assertThat(services(toddler, course)).isZero();

		mvc.perform(put("/api/v1/guidance/courses/learners/" + toddler + "/community").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"community\":\"320213021\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("community"));
		mvc.perform(put("/api/v1/guidance/courses/learners/" + toddler + "/community").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"community\":\"320213021003\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.counted[0]").value("glrn 宝宝睡眠"));
		assertThat(services(toddler, course)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM guidance_child WHERE family_child_id = :c").param("c", older)
			.query(Integer.class).single()).as("a child over 3 is not registered").isZero();

		progress(guardian, hidden, "0.9").andExpect(status().isNotFound());
		MockHttpSession stranger = fixtures.guardian("13600450021");
		mvc.perform(put("/api/v1/guidance/courses/learners/" + baby + "/community").session(stranger).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"community\":\"320213021003\"}"))
			.andExpect(status().isNotFound());

		mvc.perform(get("/family/guidance/courses").session(guardian)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("glrn 宝宝睡眠")));
		mvc.perform(get("/family/guidance/courses/" + course).session(guardian)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("course-completed")));
	}

	private org.springframework.test.web.servlet.ResultActions progress(MockHttpSession guardian, UUID course,
			String watched) throws Exception {
		return mvc.perform(post("/api/v1/guidance/courses/" + course + "/progress").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"watched\":" + watched + "}"));
	}

	private org.springframework.test.web.servlet.ResultActions quiz(MockHttpSession guardian, UUID course, String answers)
			throws Exception {
		return mvc.perform(post("/api/v1/guidance/courses/" + course + "/quiz").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"answers\":" + answers + "}"))
			.andExpect(status().isOk());
	}

	private int services(UUID familyChild, UUID course) {
		return jdbc.sql("""
				SELECT count(*) FROM guidance_service s JOIN guidance_child c ON c.id = s.child_id
				WHERE c.family_child_id = :child AND s.source_type = 'COURSE' AND s.source_id = :course
				""").param("child", familyChild).param("course", course).query(Integer.class).single();
	}

	private UUID create(MockHttpSession author, String title, String band, String url) throws Exception {
		return UUID.fromString(json.readTree(mvc.perform(post("/api/v1/guidance/courses").session(author).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(courseJson(title, band, url)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.published").value(false))
			.andReturn().getResponse().getContentAsString()).get("id").asString());
	}

	static String courseJson(String title, String band, String url) {
		return """
				{"title":"%s","ageBand":"%s","topic":"SLEEP","text":"第一段\\n\\n第二段","videoUrl":%s,"passMarkPercent":100,
				 "questions":[{"text":"宝宝几个月开始添加辅食？","options":["3个月","6个月左右"],"answer":1},
				              {"text":"夜里醒来怎么办？","options":["马上喂奶","开灯玩","先轻拍安抚"],"answer":2}]}
				""".formatted(title, band, url == null ? "null" : "\"" + url + "\"");
	}

	private int mediaCount() {
		return jdbc.sql("SELECT count(*) FROM guidance_media").query(Integer.class).single();
	}

	private MockHttpSession officer(String username, String role, String division) throws Exception {
		return Officers.signedIn(mvc, admin, username, role, division, PASSWORD);
	}

	private CurrentUser user(String username) {
		return jdbc.sql("SELECT id, role, division_code FROM platform_account WHERE username = :name")
			.param("name", username)
			.query((rs, n) -> new CurrentUser(rs.getObject("id", UUID.class), username, username,
					Role.valueOf(rs.getString("role")), DataScope.division(DivisionCode.of(rs.getString("division_code")))))
			.single();
	}
}
