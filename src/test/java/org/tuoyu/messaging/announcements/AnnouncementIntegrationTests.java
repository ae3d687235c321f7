package org.tuoyu.messaging.announcements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.tuoyu.messaging.conversations.ConversationFixtures;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announcements end to end on the real database through HTTP: the families resolved when published
 * and kept, who follows which announcement (administrators the institution's, caregivers their
 * classes', guardians their own; anyone else 404 or 403), read receipts and acknowledgements,
 * reminders limited in number and frequency, refused input writing nothing, and the pages.
 * Credit codes use serials 67_000–67_999, usernames start with {@code ann-}, phones with {@code 1390671}.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnouncementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Autowired
	AnnouncementManagement announcements;

	ConversationFixtures fixtures;

	ConversationFixtures.Setting at;

	int phones;

	@BeforeAll
	void anInstitutionWithTwoClassesTheirCaregiversAndAnotherInstitution() throws Exception {
		fixtures = new ConversationFixtures(mvc, json, jdbc, accounts, accountRows);
		at = fixtures.setting(67_001, "ann", "陈老师", "赵老师", 671);
	}

	record Guardian(Family family, String phone) {
	}

	Guardian family(Institutions.Filed place) throws Exception {
		String phone = "1390671%04d".formatted(++phones);
		return new Guardian(fixtures.family(place, phone, "公告宝宝" + phones), phone);
	}

	ResultActions publish(MockHttpSession session, Map<String, Object> body) throws Exception {
		return fixtures.postJson(session, "/api/v1/announcements", json.writeValueAsString(body));
	}

	UUID published(MockHttpSession session, Map<String, Object> body) throws Exception {
		return fixtures.id(publish(session, body).andExpect(status().isCreated()));
	}

	static Map<String, Object> toClass(Institutions.Filed place, String title, boolean acknowledge) {
		return Map.of("audience", "CLASS", "classId", place.classId().toString(), "title", title, "body",
				"请家长们注意：\n下周一开始冬季作息。", "acknowledgementRequired", acknowledge);
	}

	JsonNode read(MockHttpSession session, String path) throws Exception {
		return json.readTree(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	List<String> ids(MockHttpSession session, String path) throws Exception {
		List<String> ids = new ArrayList<>();
		read(session, path).forEach(a -> ids.add(a.get("id").asString()));
		return ids;
	}

	int notifications(String phone, String kind, UUID announcement) {
		return jdbc.sql("""
				SELECT count(*) FROM platform_notification n JOIN platform_account a ON a.id = n.account_id
				WHERE a.username = :username AND n.message_key = :key AND n.link = :link
				""").param("username", phone).param("key", "messaging.announcements.notification." + kind)
			.param("link", "/family/announcements/" + announcement).query(Integer.class).single();
	}

	int stored() {
		return jdbc.sql("SELECT count(*) FROM messaging_announcement").query(Integer.class).single();
	}

	void expectStatus(MockHttpSession session, String path, int status) throws Exception {
		mvc.perform(get(path).session(session)).andExpect(status().is(status));
	}

	@Test
	void aClassAnnouncementReachesThatClassesFamiliesAndItsFollowersOnly() throws Exception {
		Guardian one = family(at.classOne());
		Guardian two = family(at.classOne());
		Guardian inTwo = family(at.classTwo());
		UUID id = published(at.careOne(), toClass(at.classOne(), "冬季作息调整", false));

		assertThat(notifications(one.phone(), "published", id)).isEqualTo(1);
		assertThat(notifications(two.phone(), "published", id)).isEqualTo(1);
		assertThat(notifications(inTwo.phone(), "published", id)).isZero();
		assertThat(ids(one.family().guardian(), "/api/v1/announcements/received")).contains(id.toString());
		assertThat(ids(inTwo.family().guardian(), "/api/v1/announcements/received")).doesNotContain(id.toString());
		expectStatus(inTwo.family().guardian(), "/api/v1/announcements/received/" + id, 404);
		expectStatus(inTwo.family().guardian(), "/family/announcements/" + id, 404);

		assertThat(ids(at.careOne(), "/api/v1/announcements")).contains(id.toString());
		assertThat(ids(at.orgAdmin(), "/api/v1/announcements")).contains(id.toString());
		assertThat(ids(at.careTwo(), "/api/v1/announcements")).doesNotContain(id.toString());
		expectStatus(at.careTwo(), "/api/v1/announcements/" + id, 404);
		expectStatus(at.otherOrg(), "/api/v1/announcements/" + id, 404);
		expectStatus(at.otherOrg(), "/org/announcements/" + id, 404);
		fixtures.postJson(at.careTwo(), "/api/v1/announcements/" + id + "/reminders", "{}").andExpect(status().isNotFound());

		expectStatus(at.officer(), "/api/v1/announcements", 403);
		expectStatus(at.officer(), "/api/v1/announcements/" + id, 403);
		expectStatus(at.healthWorker(), "/api/v1/announcements", 403);
		expectStatus(at.officer(), "/org/announcements", 403);
		expectStatus(at.orgAdmin(), "/api/v1/announcements/received", 403);
		expectStatus(at.orgAdmin(), "/family/announcements", 403);
		expectStatus(one.family().guardian(), "/api/v1/announcements/" + id, 403);
	}

	@Test
	void theFamiliesAreThoseOfThePublicationAndOpeningMarksRead() throws Exception {
		Guardian early = family(at.classOne());
		UUID id = published(at.orgAdmin(), Map.of("audience", "INSTITUTION", "title", "元旦放假通知", "body", "1月1日放假一天。"));
		Guardian late = family(at.classTwo());
		assertThat(ids(late.family().guardian(), "/api/v1/announcements/received")).doesNotContain(id.toString());

		MockHttpSession guardian = early.family().guardian();
		long unread = announcements.unreadAnnouncements(fixtures.user(early.phone()));
		assertThat(unread).isPositive();
		assertThat(read(guardian, "/api/v1/announcements/received/unread").get("unread").asLong()).isEqualTo(unread);
		JsonNode first = read(guardian, "/api/v1/announcements/received").get(0);
		assertThat(first.get("read").asBoolean()).isFalse();

		JsonNode tracking = read(at.orgAdmin(), "/api/v1/announcements/" + id);
		int families = tracking.get("summary").get("families").asInt();
		assertThat(families).isGreaterThanOrEqualTo(1);
		assertThat(tracking.get("summary").get("read").asInt()).isZero();

		mvc.perform(get("/family/announcements/" + id).session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("元旦放假通知")))
			.andExpect(content().string(containsString("1月1日放假一天。")));
		assertThat(announcements.unreadAnnouncements(fixtures.user(early.phone()))).isEqualTo(unread - 1);
		JsonNode after = read(at.orgAdmin(), "/api/v1/announcements/" + id);
		assertThat(after.get("summary").get("read").asInt()).isEqualTo(1);
		JsonNode family = familyOf(after, early);
		assertThat(family.get("read").asBoolean()).isTrue();
		assertThat(family.get("guardians").get(0).get("readAt").isNull()).isFalse();
		// those who have not read come first
		assertThat(after.get("families").get(0).get("read").asBoolean()).isEqualTo(families == 1);
	}

	JsonNode familyOf(JsonNode tracking, Guardian guardian) {
		for (JsonNode f : tracking.get("families")) {
			if (f.get("childId").asString().equals(guardian.family().child().toString())) {
				return f;
			}
		}
		throw new AssertionError("family not listed");
	}

	@Test
	void aFeeNoticeIsAcknowledgedByTheFamilyAndTheInstitutionSeesWho() throws Exception {
		Guardian payer = family(at.classTwo());
		Guardian other = family(at.classTwo());
		UUID id = published(at.orgAdmin(), toClass(at.classTwo(), "2027年1月保育费缴费通知", true));
		assertThat(notifications(payer.phone(), "acknowledge", id)).isEqualTo(1);
		assertThat(read(payer.family().guardian(), "/api/v1/announcements/received/" + id).get("awaitingAcknowledgement")
			.asBoolean()).isTrue();

		fixtures.postJson(payer.family().guardian(), "/api/v1/announcements/received/" + id + "/acknowledgement", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value("家长"))
			.andExpect(jsonPath("$.read").value(true));
		fixtures.postJson(payer.family().guardian(), "/api/v1/announcements/received/" + id + "/acknowledgement", "{}")
			.andExpect(status().isOk());
		JsonNode tracking = read(at.careTwo(), "/api/v1/announcements/" + id);
		assertThat(tracking.get("summary").get("acknowledged").asInt()).isEqualTo(1);
		assertThat(familyOf(tracking, payer).get("acknowledgedAt").isNull()).isFalse();
		assertThat(familyOf(tracking, other).get("acknowledgedAt").isNull()).isTrue();

		// a reminder of a fee notice goes to the families that have not acknowledged
		fixtures.postJson(at.orgAdmin(), "/api/v1/announcements/" + id + "/reminders", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.guardians").value(tracking.get("summary").get("families").asInt() - 1));
		assertThat(notifications(other.phone(), "reminderAcknowledge", id)).isEqualTo(1);
		assertThat(notifications(payer.phone(), "reminderAcknowledge", id)).isZero();

		UUID plain = published(at.orgAdmin(), toClass(at.classTwo(), "不需确认的通知", false));
		fixtures.postJson(payer.family().guardian(), "/api/v1/announcements/received/" + plain + "/acknowledgement", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("这条通知不需要确认"));
	}

	@Test
	void remindersGoToTheUnreadAtMostOnceADayAndThreeTimes() throws Exception {
		Guardian reader = family(at.classOne());
		Guardian idle = family(at.classOne());
		UUID id = published(at.orgAdmin(), toClass(at.classOne(), "家长会通知", false));
		mvc.perform(get("/family/announcements/" + id).session(reader.family().guardian())).andExpect(status().isOk());

		fixtures.postJson(at.careOne(), "/api/v1/announcements/" + id + "/reminders", "{}").andExpect(status().isOk());
		assertThat(notifications(idle.phone(), "reminder", id)).isEqualTo(1);
		assertThat(notifications(reader.phone(), "reminder", id)).isZero();

		fixtures.postJson(at.orgAdmin(), "/api/v1/announcements/" + id + "/reminders", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("后才能再次提醒")));
		assertThat(notifications(idle.phone(), "reminder", id)).isEqualTo(1);
		assertThat(read(at.orgAdmin(), "/api/v1/announcements/" + id).get("remindable").asBoolean()).isFalse();

		TestClock.advance(Duration.ofHours(24));
		fixtures.postJson(at.orgAdmin(), "/api/v1/announcements/" + id + "/reminders", "{}").andExpect(status().isOk());
		TestClock.advance(Duration.ofHours(24));
		mvc.perform(post("/org/announcements/" + id + "/reminders").session(at.orgAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(notifications(idle.phone(), "reminder", id)).isEqualTo(3);
		TestClock.advance(Duration.ofHours(24));
		fixtures.postJson(at.orgAdmin(), "/api/v1/announcements/" + id + "/reminders", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("这条通知已提醒3次，不能再提醒"));
	}

	@Test
	void everyoneHasReadNobodyToRemind() throws Exception {
		Institutions.Filed lonely = fixtures.otherClass(at.classOne(), "小三班");
		Guardian only = family(lonely);
		UUID id = published(at.orgAdmin(), toClass(lonely, "只有一个家庭", false));
		mvc.perform(get("/family/announcements/" + id).session(only.family().guardian())).andExpect(status().isOk());
		fixtures.postJson(at.orgAdmin(), "/api/v1/announcements/" + id + "/reminders", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("所有家庭都已阅读（或确认），无需提醒"));
	}

	@Test
	void refusedAnnouncementsWriteNothing() throws Exception {
		Guardian elsewhereFamily = family(at.elsewhere());
		Guardian inTwo = family(at.classTwo());
		int before = stored();
		publish(at.orgAdmin(), Map.of("audience", "INSTITUTION", "title", "  ", "body", "内容"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.detail").value("请输入标题"));
		publish(at.orgAdmin(), Map.of("audience", "INSTITUTION", "title", "标题", "body", "字".repeat(5001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("内容最多5000个字（现在5001个）"));
		publish(at.orgAdmin(), Map.of("title", "标题", "body", "内容"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("audience"));
		publish(at.careOne(), Map.of("audience", "INSTITUTION", "title", "标题", "body", "内容"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("只有机构管理员")));
		publish(at.careOne(), toClass(at.classTwo(), "别的班", false)).andExpect(status().isNotFound());
		publish(at.otherOrg(), toClass(at.classOne(), "别的机构", false)).andExpect(status().isNotFound());
		publish(at.careOne(), Map.of("audience", "FAMILIES", "childIds", List.of(inTwo.family().child().toString()), "title",
				"标题", "body", "内容")).andExpect(status().isNotFound());
		publish(at.orgAdmin(), Map.of("audience", "FAMILIES", "childIds", List.of(elsewhereFamily.family().child().toString()),
				"title", "标题", "body", "内容")).andExpect(status().isNotFound());
		Institutions.Filed empty = fixtures.otherClass(at.classOne(), "空班");
		publish(at.orgAdmin(), toClass(empty, "没人", false)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("classId"))
			.andExpect(jsonPath("$.detail").value("所选范围内现在没有在园幼儿，通知无人可收"));
		publish(at.officer(), toClass(at.classOne(), "监管", false)).andExpect(status().isForbidden());
		publish(elsewhereFamily.family().guardian(), toClass(at.classOne(), "家长", false)).andExpect(status().isForbidden());
		assertThat(stored()).isEqualTo(before);

		UUID chosen = published(at.orgAdmin(), Map.of("audience", "FAMILIES", "childIds", List.of(inTwo.family().child().toString()),
				"title", "给指定家庭", "body", "内容"));
		assertThat(read(at.orgAdmin(), "/api/v1/announcements/" + chosen).get("families")).hasSize(1);
	}

	@Test
	void thePagesPublishFollowAndAcknowledge() throws Exception {
		Guardian guardian = family(at.classOne());
		mvc.perform(get("/org/announcements").session(at.orgAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发布通知")));
		int before = stored();
		mvc.perform(post("/org/announcements").session(at.orgAdmin()).with(csrf())
			.param("audience", "CLASS").param("title", "").param("body", "内容").param("classId", at.classOne().classId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入标题")));
		mvc.perform(post("/org/announcements").session(at.orgAdmin()).with(csrf()).param("audience", "CLASS")
			.param("classId", "not-a-class").param("title", "t").param("body", "b"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请检查填写的内容")));
		assertThat(stored()).isEqualTo(before);
		String location = mvc.perform(post("/org/announcements").session(at.orgAdmin()).with(csrf())
			.param("audience", "CLASS").param("classId", at.classOne().classId().toString())
			.param("title", "春游报名").param("body", "本周五前报名。").param("acknowledgementRequired", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/org/announcements/*"))
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get(location).session(at.orgAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("春游报名")))
			.andExpect(content().string(containsString("未确认")));
		mvc.perform(get(location).session(at.careOne()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remind families who have not confirmed")));
		mvc.perform(get("/org/announcements").session(at.careOne()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("春游报名")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("audience-INSTITUTION"))));

		MockHttpSession phone = guardian.family().guardian();
		mvc.perform(get("/family/announcements/unread").session(phone))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("announcement-count")));
		mvc.perform(get("/family/announcements").session(phone))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("春游报名")))
			.andExpect(content().string(containsString("待确认")));
		mvc.perform(get("/family/announcements/" + id).session(phone))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认已知晓")));
		mvc.perform(post("/family/announcements/" + id + "/acknowledgement").session(phone).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/family/announcements/" + id).session(phone).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noted (家长")));
	}
}
