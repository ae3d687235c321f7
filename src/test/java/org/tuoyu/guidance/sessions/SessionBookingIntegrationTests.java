package org.tuoyu.guidance.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions, bookings and attendance end to end on the real database: the last seat under
 * concurrent bookings, the waitlist moving up, another family's child, the QR code's errors, the
 * quota counter, the reminders job and attendance pushed with an API token.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionBookingIntegrationTests {

	static final String STREET = "320213023";

	static final String COMMUNITY = "320213023001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	BookingManagement bookings;

	SessionFixtures fixtures;

	EnrollmentFixtures families;

	MockHttpSession admin;

	MockHttpSession worker;

	MockHttpSession otherWorker;

	UUID commission;

	int phones;

	@BeforeAll
	void aProviderCommissionedForAStreet() throws Exception {
		fixtures = new SessionFixtures(mvc, json, jdbc, accounts);
		families = new EnrollmentFixtures(mvc, json, jdbc);
		admin = fixtures.admin();
		UUID provider = fixtures.provider(admin, 44_101, "崇安寺社区卫生服务中心", "320213");
		worker = fixtures.worker(admin, provider, "gses-worker-b");
		commission = fixtures.commission(admin, provider, STREET);
		UUID other = fixtures.provider(admin, 44_102, "另一家指导机构", "320213");
		otherWorker = fixtures.worker(admin, other, "gses-worker-c");
		fixtures.commission(admin, other, "320213024");
	}

	/** A new guardian with a child of 14 months: the session, the child. */
	record Family(MockHttpSession session, String phone, UUID child) {
	}

	Family family() throws Exception {
		String phone = "1360044%04d".formatted(++phones);
		MockHttpSession session = families.guardian(phone);
		return new Family(session, phone, families.child(session, "宝宝" + phones, TestClock.today().minusMonths(14)));
	}

	String book(Family family, UUID session) {
		return """
				{"sessionId":"%s","childId":"%s","community":"%s"}""".formatted(session, family.child(), COMMUNITY);
	}

	LocalDateTime inTwoDays() {
		return TestClock.cityNow().plusDays(2).withHour(9).withMinute(30);
	}

	@Test
	void aSessionIsScheduledOnlyInsideItsCommission() throws Exception {
		fixtures.schedule(worker, commission, "GROUP_CLASS", "320213024001", 10, inTwoDays())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
		fixtures.schedule(worker, commission, "GROUP_CLASS", COMMUNITY, 10, TestClock.cityNow().plusDays(200))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"));
		fixtures.schedule(worker, commission, "HOME_VISIT", COMMUNITY, 1, inTwoDays())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("入户指导由社区为具体孩子安排"));
		fixtures.schedule(worker, commission, "LIVE_ONLINE", COMMUNITY, 100, inTwoDays())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("onlineUrl"));
		fixtures.schedule(otherWorker, commission, "GROUP_CLASS", COMMUNITY, 10, inTwoDays())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("commissionId"));
		UUID session = fixtures.session(worker, commission, COMMUNITY, 10, inTwoDays());
		mvc.perform(get("/api/v1/guidance/sessions/" + session).session(otherWorker)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/guidance/sessions/" + session + "/bookings").session(otherWorker))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/guidance/sessions").session(admin)).andExpect(status().isForbidden());
		mvc.perform(get("/provider/guidance/sessions/" + session).session(worker)).andExpect(status().isOk());
		mvc.perform(get("/provider/guidance/sessions/" + session + "/qr").session(worker))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/check-in?token=")));
		mvc.perform(get("/provider/guidance/sessions/" + session + "/qr.svg").session(worker))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
		mvc.perform(get("/provider/guidance/sessions/" + session).session(otherWorker)).andExpect(status().isNotFound());
		mvc.perform(get("/provider/guidance/sessions").session(worker).param("lang", "en")).andExpect(status().isOk());
	}

	@Test
	void concurrentBookingsForTheLastSeatGiveExactlyOne() throws Exception {
		UUID session = fixtures.session(worker, commission, COMMUNITY, 2, inTwoDays());
		fixtures.postJson(family().session(), "/api/v1/guidance/family/bookings", "{}").andExpect(status().isUnprocessableContent());
		Family first = family();
		fixtures.postJson(first.session(), "/api/v1/guidance/family/bookings", book(first, session))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("BOOKED"));
		List<Family> racers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			racers.add(family());
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(racers.size());
		try {
			List<Future<BookingStatus>> results = new ArrayList<>();
			for (Family racer : racers) {
				CurrentUser user = fixtures.user(racer.phone());
				Callable<BookingStatus> booking = () -> {
					start.await();
					return bookings.book(user, session, racer.child(), COMMUNITY).status();
				};
				results.add(pool.submit(booking));
			}
			start.countDown();
			List<BookingStatus> statuses = new ArrayList<>();
			for (Future<BookingStatus> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnlyOnce(BookingStatus.BOOKED);
			assertThat(statuses).filteredOn(s -> s == BookingStatus.WAITLISTED).hasSize(4);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM guidance_booking WHERE session_id = :s AND status = 'BOOKED'")
			.param("s", session).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void cancellingASeatMovesTheFirstOnTheWaitlistUpAndTellsItsFamily() throws Exception {
		UUID session = fixtures.session(worker, commission, COMMUNITY, 1, inTwoDays());
		Family seated = family();
		Family waiting = family();
		Family later = family();
		String seat = fixtures.id(fixtures.postJson(seated.session(), "/api/v1/guidance/family/bookings", book(seated, session))
			.andExpect(status().isCreated())).toString();
		fixtures.postJson(waiting.session(), "/api/v1/guidance/family/bookings", book(waiting, session))
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1));
		fixtures.postJson(later.session(), "/api/v1/guidance/family/bookings", book(later, session))
			.andExpect(jsonPath("$.waitlistPosition").value(2));
		fixtures.postJson(waiting.session(), "/api/v1/guidance/family/bookings", book(waiting, session))
			.andExpect(status().isUnprocessableContent());

		fixtures.postJson(later.session(), "/api/v1/guidance/family/bookings/" + seat + "/cancel", "")
			.andExpect(status().isNotFound());
		fixtures.postJson(seated.session(), "/api/v1/guidance/family/bookings/" + seat + "/cancel", "")
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/guidance/family/bookings").session(waiting.session()))
			.andExpect(jsonPath("$[0].status").value("BOOKED"));
		mvc.perform(get("/api/v1/guidance/family/bookings").session(later.session()))
			.andExpect(jsonPath("$[0].waitlistPosition").value(1));
		assertThat(notifications(waiting.phone(), "guidance.sessions.notification.promoted")).isEqualTo(1);
	}

	@Test
	void theProviderCancelsASessionBeforeItStartsAndEveryFamilyThatBookedIsTold() throws Exception {
		UUID session = fixtures.session(worker, commission, COMMUNITY, 1, inTwoDays());
		Family seated = family();
		Family waiting = family();
		fixtures.postJson(seated.session(), "/api/v1/guidance/family/bookings", book(seated, session))
			.andExpect(status().isCreated());
		fixtures.postJson(waiting.session(), "/api/v1/guidance/family/bookings", book(waiting, session))
			.andExpect(jsonPath("$.status").value("WAITLISTED"));
		String cancellation = "/api/v1/guidance/sessions/" + session + "/cancellation";

		fixtures.postJson(worker, cancellation, "{\"reason\":\"  \"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		fixtures.postJson(worker, cancellation, "{\"reason\":\"讲师\\u0000生病\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("无法保存的字符")));
		mvc.perform(get("/api/v1/guidance/sessions/" + session).session(worker))
			.andExpect(jsonPath("$.cancelled").value(false));
		fixtures.postJson(otherWorker, cancellation, "{\"reason\":\"讲师生病\"}").andExpect(status().isNotFound());
		fixtures.postJson(seated.session(), cancellation, "{\"reason\":\"讲师生病\"}").andExpect(status().isForbidden());
		fixtures.postJson(worker, cancellation, "{\"reason\":\"讲师生病\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cancelled").value(true))
			.andExpect(jsonPath("$.cancelReason").value("讲师生病"));
		fixtures.postJson(worker, cancellation, "{\"reason\":\"讲师生病\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("这场活动已经取消了")));

		for (Family family : List.of(seated, waiting)) {
			mvc.perform(get("/api/v1/guidance/family/bookings").session(family.session()))
				.andExpect(jsonPath("$[0].status").value("CANCELLED"));
			assertThat(notifications(family.phone(), "guidance.sessions.notification.sessionCancelled")).isEqualTo(1);
		}
		Family late = family();
		fixtures.postJson(late.session(), "/api/v1/guidance/family/bookings", book(late, session))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/provider/guidance/sessions/" + session).session(worker))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("活动已取消：讲师生病")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("cancel-session-form"))));
	}

	@Test
	void theCommissioningOfficerSeesWhatTheCommissionDeliveredWithRatingsButNoNames() throws Exception {
		UUID provider = fixtures.provider(admin, 44_103, "第三家指导机构", "320213");
		MockHttpSession ownWorker = fixtures.worker(admin, provider, "gses-worker-e");
		UUID own = fixtures.commission(admin, provider, STREET);
		LocalDateTime start = inTwoDays();
		UUID held = fixtures.session(ownWorker, own, COMMUNITY, 5, start);
		UUID dropped = fixtures.session(ownWorker, own, COMMUNITY, 5, start.plusHours(3));
		fixtures.postJson(ownWorker, "/api/v1/guidance/sessions/" + dropped + "/cancellation", "{\"reason\":\"场地维修\"}")
			.andExpect(status().isOk());
		Family first = family();
		Family second = family();
		for (Family family : List.of(first, second)) {
			fixtures.postJson(family.session(), "/api/v1/guidance/family/bookings", book(family, held))
				.andExpect(status().isCreated());
		}
		TestClock.advance(Duration.between(TestClock.cityNow(), start).plusMinutes(10));
		for (Family family : List.of(first, second)) {
			fixtures.postJson(ownWorker, "/api/v1/guidance/sessions/" + held + "/attendance",
					"{\"bookingId\":\"%s\"}".formatted(bookingOf(family, held))).andExpect(status().isOk());
		}
		fixtures.postJson(first.session(), "/api/v1/guidance/family/bookings/" + bookingOf(first, held) + "/rating",
				"{\"stars\":4,\"comment\":\"很实用\"}").andExpect(status().isOk());
		fixtures.postJson(second.session(), "/api/v1/guidance/family/bookings/" + bookingOf(second, held) + "/rating",
				"{\"stars\":5}").andExpect(status().isOk());
		TestClock.advance(Duration.ofHours(3));

		String delivery = "/api/v1/guidance/commissions/" + own + "/delivery";
		String answer = mvc.perform(get(delivery).session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.held").value(1))
			.andExpect(jsonPath("$.cancelled").value(1))
			.andExpect(jsonPath("$.attendances").value(2))
			.andExpect(jsonPath("$.children").value(2))
			.andExpect(jsonPath("$.averageRating").value(4.5))
			.andExpect(jsonPath("$.ratings").value(2))
			.andExpect(jsonPath("$.sessions.length()").value(2))
			.andExpect(jsonPath("$.latestRatings[?(@.comment == '很实用')].stars").value(org.hamcrest.Matchers.hasItem(4)))
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).doesNotContain("宝宝");
		mvc.perform(get(delivery).session(ownWorker)).andExpect(status().isOk());
		mvc.perform(get(delivery).session(otherWorker)).andExpect(status().isNotFound());
		MockHttpSession elsewhere = Officers.signedIn(mvc, admin, "gses-district-x", "DISTRICT_ADMIN", "320205",
				SessionFixtures.PASSWORD);
		mvc.perform(get(delivery).session(elsewhere)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/guidance/commissions/" + own).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("4.5 星（2 条）")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("场地维修")));
		mvc.perform(get("/provider/guidance/commissions/" + own).session(ownWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/provider/guidance/sessions/" + held)));
		mvc.perform(get("/admin/guidance/commissions").session(admin))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/admin/guidance/commissions/" + own)));
	}

	@Test
	void aSessionThatHasStartedCannotBeCancelled() throws Exception {
		UUID session = fixtures.session(worker, commission, COMMUNITY, 5, inTwoDays());
		mvc.perform(get("/provider/guidance/sessions/" + session).session(worker))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("cancel-session-form")));
		TestClock.advance(Duration.ofDays(3));
		fixtures.postJson(worker, "/api/v1/guidance/sessions/" + session + "/cancellation", "{\"reason\":\"下雨\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("活动已经开始，不能再取消")));
	}

	@Test
	void aBookingForAnotherFamilysChildIsNotFound() throws Exception {
		UUID session = fixtures.session(worker, commission, COMMUNITY, 5, inTwoDays());
		Family mine = family();
		Family theirs = family();
		fixtures.postJson(mine.session(), "/api/v1/guidance/family/bookings", book(theirs, session))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/guidance/family/sessions").param("childId", theirs.child().toString())
			.param("community", COMMUNITY).session(mine.session()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/family/guidance/sessions").param("child", theirs.child().toString()).session(mine.session()))
			.andExpect(status().isNotFound());
		fixtures.postJson(worker, "/api/v1/guidance/family/bookings", book(mine, session)).andExpect(status().isForbidden());
	}

	@Test
	void theQrCodeChecksInOnceAndRefusesEachWrongCodeWithItsOwnMessage() throws Exception {
		LocalDateTime start = TestClock.cityNow().plusHours(3).withNano(0);
		UUID session = fixtures.session(worker, commission, COMMUNITY, 5, start);
		UUID another = fixtures.session(worker, commission, COMMUNITY, 5, start);
		Family booked = family();
		Family notBooked = family();
		fixtures.postJson(booked.session(), "/api/v1/guidance/family/bookings", book(booked, session))
			.andExpect(status().isCreated());
		String token = token(session);
		String otherToken = token(another);

		checkIn(booked, session, token, "签到还没有开始，请在活动开始前30分钟内扫码");
		TestClock.advance(Duration.ofMinutes(160));
		checkIn(booked, session, "garbled." + token, "签到码无效，请重新扫描现场的二维码");
		checkIn(booked, session, otherToken, "这是另一场活动的签到码，请扫描本场活动的二维码");
		checkIn(notBooked, session, token, "您的孩子没有预约这场活动，不能签到");
		assertThat(fixtures.services(session)).isZero();

		mvc.perform(get("/family/guidance/sessions/" + session + "/check-in").param("token", token).session(booked.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("check-in-submit")));
		fixtures.postJson(booked.session(), "/api/v1/guidance/family/check-ins", """
				{"sessionId":"%s","token":"%s"}""".formatted(session, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children[0]").exists());
		assertThat(fixtures.services(session)).isEqualTo(1);
		checkIn(booked, session, token, "您的孩子已经签到过了，不重复计算");
		mvc.perform(get("/api/v1/guidance/family/quota").session(booked.session()))
			.andExpect(jsonPath("$[0].quota.attended").value(1))
			.andExpect(jsonPath("$[0].quota.quota").value(6));
		fixtures.postJson(booked.session(), "/api/v1/guidance/family/bookings/" + bookingOf(booked, session) + "/rating",
				"{\"stars\":5,\"comment\":\"老师讲得很好\"}").andExpect(status().isOk());
		fixtures.postJson(booked.session(), "/api/v1/guidance/family/bookings/" + bookingOf(booked, session) + "/rating",
				"{\"stars\":4}").andExpect(status().isUnprocessableContent());

		TestClock.advance(Duration.ofHours(2));
		checkIn(booked, session, token, "签到码已过期，活动签到已经结束");
		assertThat(fixtures.services(session)).isEqualTo(1);
	}

	@Test
	void theDayBeforeEachSeatIsRemindedOnce() throws Exception {
		UUID session = fixtures.session(worker, commission, COMMUNITY, 5,
				TestClock.cityNow().plusDays(1).withHour(10).withMinute(0));
		Family family = family();
		fixtures.postJson(family.session(), "/api/v1/guidance/family/bookings", book(family, session))
			.andExpect(status().isCreated());
		assertThat(bookings.sendReminders()).isGreaterThanOrEqualTo(1);
		assertThat(bookings.sendReminders()).isZero();
		assertThat(notifications(family.phone(), "guidance.sessions.notification.reminder")).isEqualTo(1);
	}

	@Test
	void aProviderPushesAttendanceWithAnApiToken() throws Exception {
		LocalDateTime start = TestClock.cityNow().plusHours(2).withNano(0);
		UUID session = fixtures.session(worker, commission, COMMUNITY, 5, start);
		Family family = family();
		fixtures.postJson(family.session(), "/api/v1/guidance/family/bookings", book(family, session))
			.andExpect(status().isCreated());
		String booking = bookingOf(family, session);
		String token = json.readTree(fixtures.postJson(worker, "/api/v1/tokens", "{\"name\":\"机构签到系统\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("token").asString();
		TestClock.advance(Duration.ofHours(2));
		String body = "{\"bookingId\":\"%s\"}".formatted(booking);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/guidance/sessions/" + session + "/attendance")
			.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("API"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/guidance/sessions/" + session + "/attendance")
			.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("已经签到过了，不重复计算")));
		fixtures.postJson(otherWorker, "/api/v1/guidance/sessions/" + session + "/attendance", body)
			.andExpect(status().isNotFound());
		assertThat(fixtures.services(session)).isEqualTo(1);
	}

	@Test
	void theCommunitySeesChildrenBehindThePaceAndInvitesThem() throws Exception {
		MockHttpSession street = Officers.signedIn(mvc, admin, "gses-street-b", "COMMUNITY_HEALTH", STREET,
				SessionFixtures.PASSWORD);
		Family family = family();
		UUID session = fixtures.session(worker, commission, COMMUNITY, 5, inTwoDays());
		fixtures.postJson(family.session(), "/api/v1/guidance/family/bookings", book(family, session))
			.andExpect(status().isCreated());
		jdbc.sql("""
				INSERT INTO guidance_child (id, name, sex, birth_date, division_code, community_code, source, registered_on,
				  created_at, updated_at)
				VALUES (:id, '线下宝宝', 'MALE', :birth, :street, :community, 'MANUAL', :today, :now, :now)
				""").param("id", UUID.randomUUID()).param("birth", TestClock.today().minusMonths(20)).param("street", STREET)
			.param("community", COMMUNITY).param("today", TestClock.today()).param("now", TestClock.nowInCity()).update();
		mvc.perform(get("/api/v1/guidance/quota/behind").session(street))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children[?(@.name == '线下宝宝')].reachable").value(false))
			.andExpect(jsonPath("$.areas[?(@.code == '" + COMMUNITY + "')].behind").value(org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
		mvc.perform(get("/api/v1/guidance/quota/behind").param("area", COMMUNITY).session(street))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.area").value(COMMUNITY))
			.andExpect(jsonPath("$.areas").isEmpty())
			.andExpect(jsonPath("$.children[?(@.name == '线下宝宝')]").isNotEmpty());
		mvc.perform(get("/api/v1/guidance/quota/behind").param("area", "320213024").session(street))
			.andExpect(status().isNotFound());
		String answer = fixtures.postJson(street, "/api/v1/guidance/quota/invitations", "{\"childIds\":[]}")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(answer).get("notReachable").toString()).contains("线下宝宝");
		assertThat(json.readTree(answer).get("invited").size()).isGreaterThanOrEqualTo(1);
		mvc.perform(get("/admin/guidance/quota").param("area", COMMUNITY).session(street))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("线下宝宝")));
		MockHttpSession inspector = Officers.signedIn(mvc, admin, "gses-inspector-b", "INSPECTOR", "320213",
				SessionFixtures.PASSWORD);
		mvc.perform(get("/api/v1/guidance/quota/behind").session(inspector)).andExpect(status().isForbidden());
		MockHttpSession elsewhere = Officers.signedIn(mvc, admin, "gses-street-c", "STREET_OFFICER", "320213024",
				SessionFixtures.PASSWORD);
		mvc.perform(get("/api/v1/guidance/quota/behind").session(elsewhere))
			.andExpect(jsonPath("$.children[?(@.name == '线下宝宝')]").isEmpty());
		fixtures.postJson(street, "/api/v1/guidance/quota/invitations", "{\"month\":\"2099-01\"}")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theChildrenBehindComeFiftyAPageAndInvitingAllReachesBeyondThePage() throws Exception {
		MockHttpSession street = Officers.signedIn(mvc, admin, "gses-street-p", "STREET_OFFICER", STREET,
				SessionFixtures.PASSWORD);
		String community = STREET + "009";
		for (int i = 0; i < 55; i++) {
			jdbc.sql("""
					INSERT INTO guidance_child (id, name, sex, birth_date, division_code, community_code, source, registered_on,
					  created_at, updated_at)
					VALUES (:id, :name, 'FEMALE', :birth, :street, :community, 'MANUAL', :today, :now, :now)
					""").param("id", UUID.randomUUID()).param("name", "分页宝宝" + i)
				.param("birth", TestClock.today().minusMonths(10)).param("street", STREET).param("community", community)
				.param("today", TestClock.today()).param("now", TestClock.nowInCity()).update();
		}
		mvc.perform(get("/api/v1/guidance/quota/behind").param("area", community).session(street))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.behind").value(55))
			.andExpect(jsonPath("$.children.length()").value(50));
		mvc.perform(get("/api/v1/guidance/quota/behind").param("area", community).param("page", "1").session(street))
			.andExpect(jsonPath("$.children.length()").value(5));
		mvc.perform(get("/admin/guidance/quota").param("area", community).session(street))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"next-page\"")));
		String answer = fixtures.postJson(street, "/api/v1/guidance/quota/invitations",
				"{\"area\":\"" + community + "\",\"childIds\":[]}")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(answer).get("notReachable").size()).isEqualTo(55);
		mvc.perform(get("/api/v1/guidance/quota/behind").param("area", community).session(street))
			.andExpect(jsonPath("$.children[0].lastInvited").isNotEmpty());
		mvc.perform(get("/admin/guidance/quota").param("area", community).session(street))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("上次邀请：" + TestClock.today())));
		assertThat(jdbc.sql("""
				SELECT count(*) FROM guidance_quota_invitation i JOIN guidance_child c ON c.id = i.child_id
				WHERE c.community_code = :community AND NOT i.reached
				""").param("community", community).query(Integer.class).single()).isEqualTo(55);
	}

	@Test
	void theCommunityPlansAHomeVisitForAChildOfItsArea() throws Exception {
		MockHttpSession community = Officers.signedIn(mvc, admin, "gses-community-d", "COMMUNITY_HEALTH", STREET,
				SessionFixtures.PASSWORD);
		Family family = family();
		UUID session = fixtures.session(worker, commission, COMMUNITY, 5, inTwoDays());
		fixtures.postJson(family.session(), "/api/v1/guidance/family/bookings", book(family, session))
			.andExpect(status().isCreated());
		UUID child = jdbc.sql("SELECT id FROM guidance_child WHERE family_child_id = :id").param("id", family.child())
			.query(UUID.class).single();
		String visit = """
				{"childId":"%s","commissionId":"%s","topicCode":"TODDLER_SLEEP","startsAt":"%s","endsAt":"%s"}"""
			.formatted(child, commission, inTwoDays().plusHours(5).withNano(0), inTwoDays().plusHours(6).withNano(0));
		fixtures.postJson(community, "/api/v1/guidance/home-visits", visit).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/guidance/family/bookings").session(family.session()))
			.andExpect(jsonPath("$[?(@.session.kind == 'HOME_VISIT')].status").value("BOOKED"));
		mvc.perform(get("/admin/guidance/home-visits/new").param("child", child.toString()).session(community))
			.andExpect(status().isOk());
		fixtures.postJson(worker, "/api/v1/guidance/home-visits", visit).andExpect(status().isForbidden());
		MockHttpSession elsewhere = Officers.signedIn(mvc, admin, "gses-community-e", "COMMUNITY_HEALTH", "320213024",
				SessionFixtures.PASSWORD);
		fixtures.postJson(elsewhere, "/api/v1/guidance/home-visits", visit).andExpect(status().isNotFound());
	}

	private String token(UUID session) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/guidance/sessions/" + session + "/check-in-code").session(worker))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("token").asString();
	}

	private void checkIn(Family family, UUID session, String token, String message) throws Exception {
		fixtures.postJson(family.session(), "/api/v1/guidance/family/check-ins", """
				{"sessionId":"%s","token":"%s"}""".formatted(session, token))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(message));
	}

	private int notifications(String phone, String messageKey) {
		return jdbc.sql("""
				SELECT count(*) FROM platform_notification n JOIN platform_account a ON a.id = n.account_id
				WHERE a.username = :phone AND n.message_key = :key
				""").param("phone", phone).param("key", messageKey).query(Integer.class).single();
	}

	private String bookingOf(Family family, UUID session) throws Exception {
		var list = json.readTree(mvc.perform(get("/api/v1/guidance/family/bookings").session(family.session())).andReturn()
			.getResponse().getContentAsString());
		for (var booking : list) {
			if (booking.get("session").get("id").asString().equals(session.toString())) {
				return booking.get("id").asString();
			}
		}
		throw new AssertionError("no booking of " + session);
	}
}
