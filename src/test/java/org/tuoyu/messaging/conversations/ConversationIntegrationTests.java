package org.tuoyu.messaging.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations end to end on the real database through HTTP: who sees which thread (guardians
 * their own, caregivers their classes', administrators the institution's, anyone else 404 or 403),
 * read receipts and unread counts, withdrawing within two minutes, refused messages writing nothing,
 * racing first messages making one thread, and office hours holding the staff's notifications until
 * the next opening.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

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
	ConversationManagement conversations;

	ConversationFixtures fixtures;

	Institutions.Filed classOne;

	Institutions.Filed classTwo;

	Institutions.Filed elsewhere;

	MockHttpSession orgAdmin;

	MockHttpSession careOne;

	MockHttpSession careTwo;

	MockHttpSession otherOrg;

	MockHttpSession officer;

	MockHttpSession healthWorker;

	int phones;

	@BeforeAll
	void anInstitutionWithTwoClassesAndTheirCaregiversAndAnotherInstitution() throws Exception {
		fixtures = new ConversationFixtures(mvc, json, jdbc, accounts, accountRows);
		ConversationFixtures.Setting setting = fixtures.setting(61_001, "msg", "李老师", "王老师", 611);
		classOne = setting.classOne();
		classTwo = setting.classTwo();
		elsewhere = setting.elsewhere();
		orgAdmin = setting.orgAdmin();
		careOne = setting.careOne();
		careTwo = setting.careTwo();
		otherOrg = setting.otherOrg();
		officer = setting.officer();
		healthWorker = setting.healthWorker();
	}

	Family family(Institutions.Filed place) throws Exception {
		return fixtures.family(place, phone(++phones), "沟通宝宝" + phones);
	}

	static String phone(int serial) {
		return "139006%05d".formatted(serial);
	}

	/** Moves the clock to a weekday at 10:00, inside the default office hours. */
	static void officeTime() {
		TestClock.setCityTime(TestClock.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(10, 0));
	}

	JsonNode read(MockHttpSession session, String path) throws Exception {
		return json.readTree(mvc.perform(get(path)
			.session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	List<String> threadIds(MockHttpSession session) throws Exception {
		List<String> ids = new ArrayList<>();
		read(session, "/api/v1/messages/threads").forEach(t -> ids.add(t.get("id").asString()));
		return ids;
	}

	JsonNode listed(MockHttpSession session, UUID thread) throws Exception {
		for (JsonNode t : read(session, "/api/v1/messages/threads")) {
			if (t.get("id").asString().equals(thread.toString())) {
				return t;
			}
		}
		throw new AssertionError("thread not listed: " + thread);
	}

	@Test
	void eachRoleSeesOnlyTheThreadsItTakesPartIn() throws Exception {
		Family mine = family(classOne);
		Family other = family(classOne);
		Family inTwo = family(classTwo);
		UUID thread = fixtures.thread(mine.guardian(), mine.child());
		fixtures.send(mine.guardian(), thread, "老师好，孩子今天有点咳嗽").andExpect(status().isCreated());
		UUID otherThread = fixtures.thread(other.guardian(), other.child());
		UUID twoThread = fixtures.thread(inTwo.guardian(), inTwo.child());

		assertThat(threadIds(mine.guardian())).contains(thread.toString()).doesNotContain(otherThread.toString(),
				twoThread.toString());
		mvc.perform(get("/api/v1/messages/threads/" + otherThread).session(mine.guardian()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		fixtures.postJson(mine.guardian(), "/api/v1/messages/threads", "{\"childId\":\"%s\"}".formatted(other.child()))
			.andExpect(status().isNotFound());
		fixtures.send(mine.guardian(), otherThread, "不是我的会话").andExpect(status().isNotFound());
		assertThat(fixtures.messages(otherThread)).isZero();

		assertThat(threadIds(careOne)).contains(thread.toString(), otherThread.toString())
			.doesNotContain(twoThread.toString());
		assertThat(threadIds(careTwo)).contains(twoThread.toString()).doesNotContain(thread.toString());
		expectStatus(careTwo, "/api/v1/messages/threads/" + thread, 404);
		fixtures.send(careTwo, thread, "我不是这个班的老师").andExpect(status().isNotFound());
		fixtures.postJson(careTwo, "/api/v1/messages/threads", "{\"childId\":\"%s\"}".formatted(mine.child()))
			.andExpect(status().isNotFound());
		assertThat(threadIds(orgAdmin)).contains(thread.toString(), otherThread.toString(), twoThread.toString());
		assertThat(threadIds(otherOrg)).doesNotContain(thread.toString(), otherThread.toString(), twoThread.toString());
		expectStatus(otherOrg, "/api/v1/messages/threads/" + thread, 404);
		fixtures.postJson(otherOrg, "/api/v1/messages/threads", "{\"childId\":\"%s\"}".formatted(mine.child()))
			.andExpect(status().isNotFound());

		expectStatus(officer, "/api/v1/messages/threads", 403);
		expectStatus(officer, "/api/v1/messages/threads/" + thread, 403);
		expectStatus(healthWorker, "/api/v1/messages/threads/" + thread, 403);
		expectStatus(officer, "/org/messages", 403);
		expectStatus(orgAdmin, "/family/messages", 403);
		expectStatus(mine.guardian(), "/family/messages/" + otherThread, 404);
		expectStatus(careTwo, "/org/messages/" + thread, 404);
		expectStatus(otherOrg, "/org/messages/" + thread, 404);
		expectStatus(careOne, "/org/messages/" + thread, 200);
		expectStatus(mine.guardian(), "/family/messages/" + thread, 200);
	}

	@Test
	void theStaffSeeReadAndTheFamilySeesTheAnswerWithUnreadCounts() throws Exception {
		officeTime();
		Family family = family(classOne);
		String guardian = phone(phones);
		UUID thread = fixtures.thread(family.guardian(), family.child());
		CurrentUser teacher = fixtures.user("msg-care-one");
		long before = conversations.unreadMessages(teacher);
		fixtures.send(family.guardian(), thread, "明天请一天假").andExpect(status().isCreated())
			.andExpect(jsonPath("$.message.read").value(false))
			.andExpect(jsonPath("$.expectedAnswerFrom").doesNotExist());
		assertThat(conversations.unreadMessages(teacher)).isEqualTo(before + 1);
		assertThat(listed(careOne, thread).get("unread").asLong()).isEqualTo(1);
		assertThat(listed(orgAdmin, thread).get("unread").asLong()).isEqualTo(1);
		mvc.perform(get("/org/messages").session(careOne))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"message-count\"")));
		assertThat(fixtures.notifications("msg-care-one", "family", thread)).isEqualTo(1);
		assertThat(fixtures.notifications("msg-org", "family", thread)).isEqualTo(1);
		assertThat(fixtures.notifications("msg-care-two", "family", thread)).isZero();

		mvc.perform(get("/org/messages/" + thread)
			.session(careOne)).andExpect(status().isOk()).andExpect(content().string(containsString("明天请一天假")));
		assertThat(conversations.unreadMessages(teacher)).isEqualTo(before);
		assertThat(listed(careOne, thread).get("unread").asLong()).isZero();
		assertThat(listed(orgAdmin, thread).get("unread").asLong()).isEqualTo(1);
		assertThat(read(family.guardian(), "/api/v1/messages/threads/" + thread).get("messages").get(0).get("read").asBoolean())
			.isTrue();
		mvc.perform(get("/family/messages/" + thread)
			.session(family.guardian())).andExpect(content().string(containsString("已读")));

		fixtures.send(careOne, thread, "收到，祝宝宝早日康复").andExpect(status().isCreated());
		assertThat(fixtures.notifications(guardian, "institution", thread)).isEqualTo(1);
		assertThat(fixtures.notifications("msg-org", "institution", thread)).isZero();
		assertThat(listed(family.guardian(), thread).get("unread").asLong()).isEqualTo(1);
		assertThat(listed(orgAdmin, thread).get("unread").asLong()).isEqualTo(1);
		assertThat(conversations.unreadMessages(fixtures.user(guardian))).isEqualTo(1);
		mvc.perform(get("/family").session(family.guardian()))
			.andExpect(content().string(containsString("id=\"message-count\">1<")));
		assertThat(read(careOne, "/api/v1/messages/threads/" + thread).get("messages").get(1).get("read").asBoolean())
			.isFalse();

		fixtures.postJson(family.guardian(), "/api/v1/messages/threads/" + thread + "/read", "").andExpect(status().isNoContent());
		assertThat(read(careOne, "/api/v1/messages/threads/" + thread).get("messages").get(1).get("read").asBoolean()).isTrue();
		assertThat(conversations.unreadMessages(fixtures.user(guardian))).isZero();
		mvc.perform(get("/family").session(family.guardian()))
			.andExpect(content().string(not(containsString("id=\"message-count\""))));
	}

	@Test
	void theSenderWithdrawsWithinTwoMinutesAndNotLater() throws Exception {
		Family family = family(classOne);
		UUID thread = fixtures.thread(family.guardian(), family.child());
		UUID first = UUID.fromString(json.readTree(fixtures.send(family.guardian(), thread, "发错了的消息")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("message").get("id").asString());
		String withdrawal = "/api/v1/messages/threads/" + thread + "/messages/" + first + "/withdrawal";
		fixtures.postJson(careOne, withdrawal, "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("只能撤回自己发出的消息"));
		TestClock.advance(Duration.ofSeconds(100));
		fixtures.postJson(family.guardian(), withdrawal, "").andExpect(status().isNoContent());
		JsonNode seen = read(careOne, "/api/v1/messages/threads/" + thread).get("messages").get(0);
		assertThat(seen.get("withdrawn").asBoolean()).isTrue();
		assertThat(seen.get("text").isNull()).isTrue();
		mvc.perform(get("/org/messages/" + thread)
			.session(careOne))
			.andExpect(content().string(containsString("消息已撤回")))
			.andExpect(content().string(not(containsString("发错了的消息"))));
		fixtures.postJson(family.guardian(), withdrawal, "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("这条消息已经撤回了"));

		UUID second = UUID.fromString(json.readTree(fixtures.send(family.guardian(), thread, "这条留着")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("message").get("id").asString());
		TestClock.advance(Duration.ofSeconds(121));
		fixtures.postJson(family.guardian(), "/api/v1/messages/threads/" + thread + "/messages/" + second + "/withdrawal", "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("消息发出已超过2分钟，不能撤回"));
		assertThat(read(careOne, "/api/v1/messages/threads/" + thread).get("messages").get(1).get("text").asString())
			.isEqualTo("这条留着");
		assertThat(fixtures.messages(thread)).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'messaging.message.withdraw' AND details LIKE :d")
			.param("d", "thread " + thread + "%").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anEmptyMessageOrABadPhotoIsRefusedAndNothingIsWritten() throws Exception {
		Family family = family(classOne);
		Family stranger = family(classOne);
		UUID thread = fixtures.thread(family.guardian(), family.child());
		int files = photoFiles();
		fixtures.send(family.guardian(), thread, "   ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.detail").value("请输入消息内容"));
		fixtures.send(family.guardian(), thread, "好".repeat(2001)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("消息不能超过2000个字（现在2001个字）"));
		mvc.perform(multipart("/api/v1/messages/threads/" + thread + "/messages").file(photo("假照片.jpg", "%PDF-1.7".getBytes()))
			.param("text", "看看这张").session(family.guardian()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("photos"))
			.andExpect(jsonPath("$.detail").value("只能发送JPG或PNG格式的照片，假照片.jpg不是"));
		mvc.perform(multipart("/api/v1/messages/threads/" + thread + "/messages").file(photo("1.png", PNG))
			.file(photo("2.png", PNG)).file(photo("3.png", PNG)).file(photo("4.png", PNG)).file(photo("5.png", PNG))
			.session(family.guardian()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("一条消息最多4张照片"));
		mvc.perform(post("/family/messages/" + thread + "/messages").param("text", "").session(family.guardian()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"send-error\"")))
			.andExpect(content().string(containsString("请输入消息内容")));
		assertThat(fixtures.messages(thread)).isZero();
		assertThat(photoFiles()).isEqualTo(files);

		String sent = mvc.perform(multipart("/api/v1/messages/threads/" + thread + "/messages").file(photo("睡觉.png", PNG))
			.session(family.guardian()).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.message.text").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String photo = json.readTree(sent).get("message").get("photos").get(0).get("id").asString();
		mvc.perform(get("/api/v1/messages/photos/" + photo)
			.session(careOne))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("Cache-Control", containsString("private")))
			.andExpect(content().bytes(PNG));
		expectStatus(stranger.guardian(), "/api/v1/messages/photos/" + photo, 404);
		expectStatus(careTwo, "/api/v1/messages/photos/" + photo, 404);
		expectStatus(otherOrg, "/api/v1/messages/photos/" + photo, 404);
		expectStatus(officer, "/api/v1/messages/photos/" + photo, 403);
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_photo p JOIN messaging_message m ON m.id = p.message_id"
				+ " WHERE m.thread_id = :t").param("t", thread).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void concurrentFirstMessagesForOneChildMakeExactlyOneThread() throws Exception {
		Family family = family(classOne);
		List<CurrentUser> writers = List.of(fixtures.user(phone(phones)), fixtures.user(phone(phones)),
				fixtures.user("msg-org"), fixtures.user("msg-org"), fixtures.user("msg-care-one"), fixtures.user("msg-care-one"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers.size());
		List<Started> started = new ArrayList<>();
		try {
			List<Future<Started>> results = new ArrayList<>();
			for (CurrentUser writer : writers) {
				Callable<Started> first = () -> {
					start.await();
					Started thread = conversations.startForChild(writer, family.child());
					conversations.send(writer, thread.id(), "第一条消息", List.of());
					return thread;
				};
				results.add(pool.submit(first));
			}
			start.countDown();
			for (Future<Started> result : results) {
				started.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(started.stream().map(Started::id).distinct()).hasSize(1);
		assertThat(started.stream().filter(Started::created)).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_thread WHERE child_id = :child").param("child", family.child())
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(fixtures.messages(started.get(0).id())).isEqualTo(writers.size());
		assertThat(jdbc.sql("SELECT count(DISTINCT position) FROM messaging_message WHERE thread_id = :t")
			.param("t", started.get(0).id()).query(Integer.class).single()).isEqualTo(writers.size());
	}

	@Test
	void aGuardiansMessageAfterHoursIsDeliveredAndTheStaffAreToldAtTheOpening() throws Exception {
		LocalDate tuesday = TestClock.today().with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		TestClock.setCityTime(tuesday.atTime(20, 0));
		Family family = family(classOne);
		String guardian = phone(phones);
		UUID thread = fixtures.thread(family.guardian(), family.child());

		String answer = fixtures.send(family.guardian(), thread, "孩子晚上发烧了，明天看情况").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		OffsetDateTime opening = tuesday.plusDays(1).atTime(8, 0).atZone(TestClock.CITY).toOffsetDateTime();
		assertThat(OffsetDateTime.parse(json.readTree(answer).get("expectedAnswerFrom").asString()).toInstant())
			.isEqualTo(opening.toInstant());
		assertThat(OffsetDateTime.parse(json.readTree(answer).get("message").get("heldUntil").asString()).toInstant())
			.isEqualTo(opening.toInstant());
		mvc.perform(get("/family/messages/" + thread)
			.session(family.guardian()))
			.andExpect(content().string(containsString("非工作时间发送，老师将在")))
			.andExpect(content().string(containsString("08:00后回复")));
		assertThat(listed(careOne, thread).get("unread").asLong()).isEqualTo(1);
		conversations.releaseHeldMessages();
		for (String staff : List.of("msg-org", "msg-care-one")) {
			assertThat(fixtures.notifications(staff, "family", thread) + fixtures.notifications(staff, "held", thread))
				.as(staff).isZero();
		}

		TestClock.setCityTime(tuesday.plusDays(1).atTime(8, 0));
		assertThat(conversations.releaseHeldMessages()).isGreaterThanOrEqualTo(1);
		assertThat(fixtures.notifications("msg-org", "held", thread)).isEqualTo(1);
		assertThat(fixtures.notifications("msg-care-one", "held", thread)).isEqualTo(1);
		assertThat(fixtures.notifications("msg-care-two", "held", thread)).isZero();
		conversations.releaseHeldMessages();
		assertThat(fixtures.notifications("msg-care-one", "held", thread)).isEqualTo(1);
		assertThat(fixtures.notifications("msg-care-one", "family", thread)).isZero();

		TestClock.advance(Duration.ofMinutes(5));
		fixtures.send(careOne, thread, "收到，今天注意观察").andExpect(status().isCreated());
		assertThat(fixtures.notifications(guardian, "institution", thread)).isEqualTo(1);
		fixtures.send(family.guardian(), thread, "谢谢老师").andExpect(status().isCreated())
			.andExpect(jsonPath("$.expectedAnswerFrom").doesNotExist());
		assertThat(fixtures.notifications("msg-care-one", "family", thread)).isEqualTo(1);

		TestClock.setCityTime(tuesday.plusDays(1).atTime(18, 0));
		String late = fixtures.send(family.guardian(), thread, "发错了").andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString();
		fixtures.postJson(family.guardian(), "/api/v1/messages/threads/" + thread + "/messages/"
				+ json.readTree(late).get("message").get("id").asString() + "/withdrawal", "")
			.andExpect(status().isNoContent());
		TestClock.setCityTime(tuesday.plusDays(2).atTime(8, 0));
		conversations.releaseHeldMessages();
		assertThat(fixtures.notifications("msg-care-one", "held", thread)).isEqualTo(1);
	}

	@Test
	void theAdministratorSetsOfficeHoursAndOthersMayNot() throws Exception {
		MockHttpSession otherAdmin = otherOrg;
		JsonNode hours = read(otherAdmin, "/api/v1/messages/office-hours");
		assertThat(hours.get("days").toString()).isEqualTo("[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]");
		assertThat(hours.get("opens").asString()).startsWith("08:00");
		assertThat(hours.get("closes").asString()).startsWith("17:30");
		mvc.perform(put("/api/v1/messages/office-hours").session(otherAdmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":[],\"opens\":\"08:00\",\"closes\":\"17:00\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("days"));
		mvc.perform(put("/api/v1/messages/office-hours").session(otherAdmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":[\"SATURDAY\"],\"opens\":\"09:00\",\"closes\":\"08:00\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("closes"))
			.andExpect(jsonPath("$.detail").value("结束时间必须晚于开始时间"));
		mvc.perform(put("/api/v1/messages/office-hours").session(careOne).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":[\"SATURDAY\"],\"opens\":\"07:30\",\"closes\":\"18:00\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/messages/office-hours").session(otherAdmin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":[\"SATURDAY\",\"MONDAY\"],\"opens\":\"07:30\",\"closes\":\"18:00\"}"))
			.andExpect(status().isOk());
		assertThat(read(otherAdmin, "/api/v1/messages/office-hours").get("days").toString())
			.isEqualTo("[\"MONDAY\",\"SATURDAY\"]");
		mvc.perform(post("/org/messages/office-hours").session(otherAdmin).with(csrf()).param("days", "MONDAY", "FRIDAY")
			.param("opens", "08:30").param("closes", "17:00"))
			.andExpect(status().is3xxRedirection());
		assertThat(read(otherAdmin, "/api/v1/messages/office-hours").get("opens").asString()).startsWith("08:30");
		mvc.perform(post("/org/messages/office-hours").session(otherAdmin).with(csrf()).param("opens", "08:30")
			.param("closes", "17:00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "messaging.conversations.officeHours.days"));
		assertThat(read(otherAdmin, "/api/v1/messages/office-hours").get("days").toString())
			.isEqualTo("[\"MONDAY\",\"FRIDAY\"]");
		expectStatus(fixtures.family(elsewhere, phone(++phones), "工作时间宝宝").guardian(), "/api/v1/messages/office-hours", 403);
		mvc.perform(get("/org/messages").session(otherAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"office-hours-form\"")));
		mvc.perform(get("/org/messages").session(careOne))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"office-hours-form\""))));
	}

	@Test
	void theAdministratorWritesToOneGuardianAboutFees() throws Exception {
		officeTime();
		Family family = family(classOne);
		String guardian = phone(phones);
		String body = "{\"guardianAccountId\":\"%s\"}".formatted(fixtures.accountId(guardian));
		fixtures.postJson(careOne, "/api/v1/messages/threads", body).andExpect(status().isForbidden());
		fixtures.postJson(otherOrg, "/api/v1/messages/threads", body).andExpect(status().isNotFound());
		UUID thread = fixtures.id(fixtures.postJson(orgAdmin, "/api/v1/messages/threads", body).andExpect(status().isCreated()));
		assertThat(fixtures.id(fixtures.postJson(orgAdmin, "/api/v1/messages/threads", body).andExpect(status().isOk())))
			.isEqualTo(thread);
		fixtures.send(orgAdmin, thread, "您好，十二月的托育费已出账单，请查看").andExpect(status().isCreated());
		assertThat(fixtures.notifications(guardian, "institutionDirect", thread)).isEqualTo(1);
		assertThat(listed(family.guardian(), thread).get("kind").asString()).isEqualTo("GUARDIAN");
		expectStatus(careOne, "/api/v1/messages/threads/" + thread, 404);
		expectStatus(family(classOne).guardian(), "/api/v1/messages/threads/" + thread, 404);
		fixtures.send(family.guardian(), thread, "好的，已缴费").andExpect(status().isCreated());
		mvc.perform(get("/family/messages")
			.session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"thread-" + thread + "\"")));
	}

	@Test
	void aChildWhoLeftKeepsTheThreadReadOnlyAndItsCaregiversNoLongerSeeIt() throws Exception {
		Family family = family(classOne);
		UUID thread = fixtures.thread(family.guardian(), family.child());
		fixtures.send(family.guardian(), thread, "下个月我们搬家了").andExpect(status().isCreated());
		String placement = read(family.guardian(), "/api/v1/enrollment/placements").get(0).get("id").asString();
		fixtures.postJson(orgAdmin, "/api/v1/enrollment/placements/" + placement + "/end",
				"{\"reason\":\"LEFT\",\"lastDay\":\"%s\"}".formatted(TestClock.today()))
			.andExpect(status().is2xxSuccessful());
		assertThat(read(family.guardian(), "/api/v1/messages/threads/" + thread).get("writable").asBoolean()).isFalse();
		fixtures.send(family.guardian(), thread, "再见").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("已不在本机构")));
		expectStatus(careOne, "/api/v1/messages/threads/" + thread, 404);
		assertThat(read(orgAdmin, "/api/v1/messages/threads/" + thread).get("writable").asBoolean()).isFalse();
		mvc.perform(get("/family/messages/" + thread)
			.session(family.guardian()))
			.andExpect(content().string(containsString("id=\"read-only\"")));
		fixtures.postJson(family.guardian(), "/api/v1/messages/threads", "{\"childId\":\"%s\"}".formatted(family.child()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void pagesRenderInBothLanguagesAndEveryReadIsAudited() throws Exception {
		Family family = family(classOne);
		mvc.perform(get("/family/messages")
			.session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"start-" + family.child() + "\"")));
		String location = mvc.perform(post("/family/messages/children/" + family.child()).session(family.guardian())
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/family/messages/");
		UUID thread = UUID.fromString(location.substring("/family/messages/".length()));
		mvc.perform(post(location + "/messages").param("text", "第一次用，老师好").session(family.guardian()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		for (MockHttpSession session : List.of(family.guardian(), careOne, orgAdmin)) {
			String base = session == family.guardian() ? "/family/messages" : "/org/messages";
			for (String lang : List.of("zh_CN", "en")) {
				mvc.perform(get(base).param("lang", lang)
					.session(session)).andExpect(status().isOk());
				mvc.perform(get(base + "/" + thread)
					.param("lang", lang).session(session))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("第一次用，老师好")));
			}
		}
		mvc.perform(get("/family").session(family.guardian()))
			.andExpect(content().string(containsString("id=\"my-messages\"")));
		mvc.perform(get("/org").session(careOne))
			.andExpect(content().string(containsString("id=\"org-messages\"")));
		assertThat(jdbc.sql("""
				SELECT count(*) FROM platform_audit_event WHERE action = 'messaging.thread.read' AND target_id = :child
				""").param("child", family.child().toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.sql("SELECT action FROM platform_audit_event WHERE target_id = :child")
			.param("child", family.child().toString()).query(String.class).list())
			.contains("messaging.thread.start", "messaging.message.send");
	}

	@Test
	void aStaffMemberIsLinkedOnlyToAnAccountOfTheirInstitution() throws Exception {
		UUID person = fixtures.id(fixtures.postJson(orgAdmin, "/api/v1/staff", """
				{"name":"赵老师","residentId":"%s","phone":"13812345678","role":"CAREGIVER","startedOn":"%s"}
				""".formatted(org.tuoyu.test.ResidentIds.complete("32020219880412613"), TestClock.today().minusMonths(1)))
			.andExpect(status().isCreated()));
		mvc.perform(put("/api/v1/staff/people/" + person + "/account").session(orgAdmin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"accountId\":\"%s\"}".formatted(fixtures.accountId("msg-org-b"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("accountId"));
		mvc.perform(put("/api/v1/staff/people/" + person + "/account").session(careOne).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"accountId\":null}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/org/staff/people/" + person)
			.session(orgAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"account-form\"")))
			.andExpect(content().string(containsString("msg-care-one")));
	}

	private void expectStatus(MockHttpSession session, String path, int status) throws Exception {
		mvc.perform(get(path).session(session))
			.andExpect(status().is(status));
	}

	private static MockMultipartFile photo(String name, byte[] content) {
		return new MockMultipartFile("photos", name, "image/jpeg", content);
	}

	private static int photoFiles() throws Exception {
		Path directory = Path.of("target/test-files/messages");
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return (int) files.filter(Files::isRegularFile).count();
		}
	}
}
