package org.tuoyu.messaging.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Inbox;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbound channel switched on against a gateway played by a local HTTP server: what the inbox
 * stores for a guardian goes out signed, once, in the guardian's kinds only, held through quiet
 * hours and retried with backoff until it succeeds or is recorded as failed; the preferences page
 * and API. Phones start with {@code 1390681}.
 */
@TuoyuTest
class ChannelDeliveryIntegrationTests {

	static final String SECRET = "gateway-test-secret";

	static final String PASSWORD = "Chan2026pass";

	/** What the gateway received, by the account it was for. */
	static final Map<String, BlockingQueue<Received>> RECEIVED = new ConcurrentHashMap<>();

	/** The statuses the gateway answers next for an account (then 200). */
	static final Map<String, Deque<Integer>> ANSWERS = new ConcurrentHashMap<>();

	static final HttpServer GATEWAY = gateway();

	record Received(String body, String timestamp, String signature, String delivery) {
	}

	static Deque<Integer> answers(Object account) {
		return ANSWERS.computeIfAbsent(account.toString(), a -> new ConcurrentLinkedDeque<>());
	}

	static HttpServer gateway() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			JsonMapper mapper = JsonMapper.builder().build();
			server.createContext("/send", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				var headers = exchange.getRequestHeaders();
				Received received = new Received(body, headers.getFirst("X-Tuoyu-Timestamp"),
						headers.getFirst("X-Tuoyu-Signature"), headers.getFirst("X-Tuoyu-Delivery"));
				String account = mapper.readTree(body).get("accountId").asString();
				// the answer is taken before the test hears of the request, so a test that queues answers once it
				// has seen a delivery never has them taken by that delivery
				Integer answer = answers(account).poll();
				RECEIVED.computeIfAbsent(account, a -> new LinkedBlockingQueue<>()).add(received);
				exchange.sendResponseHeaders(answer == null ? 200 : answer, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void theGateway(DynamicPropertyRegistry registry) {
		registry.add("tuoyu.messaging.channels.enabled", () -> "true");
		registry.add("tuoyu.messaging.channels.url", () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/send");
		registry.add("tuoyu.messaging.channels.secret", () -> SECRET);
		registry.add("tuoyu.messaging.channels.timeout", () -> "3s");
		registry.add("tuoyu.messaging.channels.max-attempts", () -> "3");
		registry.add("tuoyu.messaging.channels.send-cron", () -> "-");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Inbox inbox;

	@Autowired
	ChannelManagement channels;

	static final java.util.concurrent.atomic.AtomicInteger PHONES = new java.util.concurrent.atomic.AtomicInteger();

	record Guardian(UUID account, String phone) {
	}

	/** A new guardian at 10:00 in the city, whose welcome notification has gone out already. */
	/** Deliveries earlier tests left waiting (held for quiet hours, retrying) do not count in this test's rounds. */
	@BeforeEach
	void noDeliveriesWaiting() {
		jdbc.sql("UPDATE messaging_channel_delivery SET status = 'FAILED', last_error = 'an earlier test' WHERE status = 'PENDING'")
			.update();
	}

	Guardian guardian() throws Exception {
		daytime();
		String phone = "1390681%04d".formatted(PHONES.incrementAndGet());
		UUID account = accounts.registerGuardian(phone, "家长", PASSWORD);
		Received welcome = next(account);
		assertThat(json.readTree(welcome.body()).get("kind").asString()).isEqualTo("OTHERS");
		return new Guardian(account, phone);
	}

	static void daytime() {
		TestClock.setCityTime(TestClock.today().atTime(10, 0));
	}

	Received next(UUID account) throws InterruptedException {
		Received received = queue(account).poll(15, TimeUnit.SECONDS);
		assertThat(received).as("a delivery for " + account).isNotNull();
		return received;
	}

	static BlockingQueue<Received> queue(UUID account) {
		return RECEIVED.computeIfAbsent(account.toString(), a -> new LinkedBlockingQueue<>());
	}

	record Delivery(UUID id, String status, int attempts, String lastError, OffsetDateTime dueAt) {
	}

	List<Delivery> deliveries(UUID account, String key) {
		return jdbc.sql("""
				SELECT d.id, d.status, d.attempts, d.last_error, d.due_at FROM messaging_channel_delivery d
				JOIN platform_notification n ON n.id = d.notification_id
				WHERE d.account_id = :account AND n.message_key = :key ORDER BY d.created_at
				""").param("account", account).param("key", key).query(Delivery.class).list();
	}

	/**
	 * Waits for the listener (after commit, on another thread) to have put the notification in the
	 * outbox and, after an attempt, for the attempt's outcome (a claimed delivery is pending with its
	 * attempt counted until the gateway answers).
	 */
	Delivery awaitDelivery(UUID account, String key, String status, int attempts) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < until) {
			List<Delivery> found = deliveries(account, key);
			if (!found.isEmpty() && found.get(0).status().equals(status) && found.get(0).attempts() == attempts
					&& (!status.equals("PENDING") || attempts == 0 || found.get(0).lastError() != null)) {
				return found.get(0);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no " + status + " delivery after " + attempts + " attempts: " + deliveries(account, key));
	}

	@Test
	void aGuardiansNotificationGoesOutAtOnceSignedWithTheTextInChinese() throws Exception {
		Guardian guardian = guardian();
		inbox.send(guardian.account(), "messaging.announcements.notification.published", "/family/announcements/42",
				"阳光托育园", "元旦放假通知");
		Received received = next(guardian.account());

		JsonNode body = json.readTree(received.body());
		assertThat(body.get("accountId").asString()).isEqualTo(guardian.account().toString());
		assertThat(body.get("mobile").asString()).isEqualTo(guardian.phone());
		assertThat(body.get("kind").asString()).isEqualTo("ANNOUNCEMENTS");
		assertThat(body.get("text").asString()).isEqualTo("阳光托育园发布了通知：元旦放假通知");
		assertThat(body.get("link").asString()).isEqualTo("/family/announcements/42");
		assertThat(Long.parseLong(received.timestamp())).isCloseTo(TestClock.now().getEpochSecond(), within(5));
		assertThat(received.signature())
			.isEqualTo("sha256=" + HttpOutboundChannel.sign(SECRET, received.timestamp() + "." + received.body()));
		assertThat(received.signature())
			.isNotEqualTo("sha256=" + HttpOutboundChannel.sign("another", received.timestamp() + "." + received.body()));
		Delivery sent = awaitDelivery(guardian.account(), "messaging.announcements.notification.published", "SENT", 1);
		assertThat(received.delivery()).isEqualTo(sent.id().toString());
	}

	static org.assertj.core.data.Offset<Long> within(long seconds) {
		return org.assertj.core.data.Offset.offset(seconds);
	}

	@Test
	void onlyGuardiansAndOnlyTheKindsTheyWant() throws Exception {
		Guardian guardian = guardian();
		UUID cityAdmin = jdbc.sql("SELECT id FROM platform_account WHERE username = 'admin'").query(UUID.class).single();
		inbox.send(cityAdmin, "messaging.announcements.notification.published", null, "机构", "给管理员");

		MockHttpSession phone = Logins.login(mvc, guardian.phone(), PASSWORD);
		mvc.perform(put("/api/v1/notification-preferences").session(phone).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"messages":true,"dailySummary":true,"announcements":true,"photos":false,"others":true,
					 "quietHours":true,"quietFrom":"21:00","quietUntil":"07:30"}
					""")).andExpect(status().isOk());
		inbox.send(guardian.account(), "messaging.moments.notification.photo", "/family/moments", "小一班");
		inbox.send(guardian.account(), "messaging.conversations.notification.institution", "/family/messages/1", "李老师",
				"小禾");
		assertThat(json.readTree(next(guardian.account()).body()).get("kind").asString()).isEqualTo("MESSAGES");

		assertThat(deliveries(guardian.account(), "messaging.moments.notification.photo")).isEmpty();
		assertThat(deliveries(cityAdmin, "messaging.announcements.notification.published")).isEmpty();
		assertThat(queue(cityAdmin)).isEmpty();
		// the inbox has everything, whatever goes out
		assertThat(jdbc.sql("SELECT count(*) FROM platform_notification WHERE account_id = :a")
			.param("a", guardian.account()).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void quietHoursHoldTheDeliveryUntilTheyEnd() throws Exception {
		Guardian guardian = guardian();
		LocalDate today = TestClock.today();
		TestClock.setCityTime(today.atTime(22, 15));
		inbox.send(guardian.account(), "messaging.daily.notification.summary", "/family/daily", "小禾", today.toString(),
				"3", "90", "2", "0");
		Delivery held = awaitDelivery(guardian.account(), "messaging.daily.notification.summary", "PENDING", 0);
		assertThat(held.dueAt().toInstant()).isEqualTo(today.plusDays(1).atTime(7, 30).atZone(TestClock.CITY).toInstant());
		assertThat(channels.sendDue()).isZero();
		TestClock.setCityTime(today.plusDays(1).atTime(7, 29));
		assertThat(channels.sendDue()).isZero();
		assertThat(queue(guardian.account())).isEmpty();

		TestClock.setCityTime(today.plusDays(1).atTime(7, 31));
		assertThat(channels.sendDue()).isEqualTo(1);
		JsonNode body = json.readTree(next(guardian.account()).body());
		assertThat(body.get("kind").asString()).isEqualTo("DAILY_SUMMARY");
		awaitDelivery(guardian.account(), "messaging.daily.notification.summary", "SENT", 1);
	}

	@Test
	void aFailedDeliveryIsRetriedWithBackoffUnderTheSameId() throws Exception {
		Guardian guardian = guardian();
		answers(guardian.account()).add(500);
		answers(guardian.account()).add(503);
		inbox.send(guardian.account(), "messaging.announcements.notification.reminder", "/family/announcements/7", "园所",
				"家长会");
		Received first = next(guardian.account());
		Delivery failed = awaitDelivery(guardian.account(), "messaging.announcements.notification.reminder", "PENDING", 1);
		assertThat(failed.lastError()).isEqualTo("HTTP 500");

		assertThat(channels.sendDue()).isZero();
		TestClock.advance(Duration.ofSeconds(61));
		assertThat(channels.sendDue()).isEqualTo(1);
		Received second = next(guardian.account());
		assertThat(awaitDelivery(guardian.account(), "messaging.announcements.notification.reminder", "PENDING", 2)
			.lastError()).isEqualTo("HTTP 503");
		TestClock.advance(Duration.ofSeconds(61));
		assertThat(channels.sendDue()).as("the second wait is two minutes").isZero();
		TestClock.advance(Duration.ofSeconds(60));
		assertThat(channels.sendDue()).isEqualTo(1);
		Received third = next(guardian.account());
		awaitDelivery(guardian.account(), "messaging.announcements.notification.reminder", "SENT", 3);
		assertThat(List.of(second.delivery(), third.delivery())).containsOnly(first.delivery());
		assertThat(first.body()).isEqualTo(third.body());
	}

	@Test
	void afterTheLastAttemptTheDeliveryIsKeptAsFailed() throws Exception {
		Guardian guardian = guardian();
		answers(guardian.account()).add(500);
		answers(guardian.account()).add(500);
		answers(guardian.account()).add(502);
		inbox.send(guardian.account(), "messaging.conversations.notification.institution", "/family/messages/9", "王老师",
				"小禾");
		next(guardian.account());
		awaitDelivery(guardian.account(), "messaging.conversations.notification.institution", "PENDING", 1);
		List<Integer> sent = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			TestClock.advance(Duration.ofMinutes(5));
			sent.add(channels.sendDue());
		}
		assertThat(sent).containsExactly(1, 1, 0);
		Delivery failed = awaitDelivery(guardian.account(), "messaging.conversations.notification.institution", "FAILED", 3);
		assertThat(failed.lastError()).isEqualTo("HTTP 502");
	}

	@Test
	void theGuardianChoosesOnThePhoneAndBadQuietHoursWriteNothing() throws Exception {
		Guardian guardian = guardian();
		MockHttpSession phone = Logins.login(mvc, guardian.phone(), PASSWORD);
		mvc.perform(get("/api/v1/notification-preferences").session(phone))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quietFrom").value("21:00:00"))
			.andExpect(jsonPath("$.photos").value(true));
		mvc.perform(put("/api/v1/notification-preferences").session(phone).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"messages":true,"dailySummary":false,"announcements":true,"photos":true,"others":true,
					 "quietHours":true,"quietFrom":"22:00","quietUntil":"22:00"}
					"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("quietUntil"))
			.andExpect(jsonPath("$.detail").value("免打扰的开始和结束时间不能相同"));
		assertThat(stored(guardian)).isZero();

		mvc.perform(get("/family/notification-settings").session(phone))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("免打扰时段")))
			.andExpect(content().string(containsString("value=\"21:00\"")));
		mvc.perform(post("/family/notification-settings").session(phone).with(csrf())
			.param("messages", "true").param("quietHours", "true").param("quietFrom", "25:00").param("quietUntil", "07:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请按“时:分”填写时间")));
		mvc.perform(post("/family/notification-settings").session(phone).with(csrf())
			.param("messages", "true").param("quietHours", "true").param("quietFrom", "20:00").param("quietUntil", "20:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("免打扰的开始和结束时间不能相同")));
		assertThat(stored(guardian)).isZero();
		mvc.perform(post("/family/notification-settings").session(phone).with(csrf())
			.param("messages", "true").param("announcements", "true").param("quietHours", "true")
			.param("quietFrom", "20:30").param("quietUntil", "07:00"))
			.andExpect(status().is3xxRedirection());
		ChannelPreferences saved = channels.preferences(new org.tuoyu.platform.CurrentUser(guardian.account(),
				guardian.phone(), "家长", org.tuoyu.platform.Role.GUARDIAN,
				org.tuoyu.platform.DataScope.guardian(guardian.account())));
		assertThat(saved).isEqualTo(new ChannelPreferences(true, false, true, false, false, true, LocalTime.of(20, 30),
				LocalTime.of(7, 0)));

		MockHttpSession cityAdmin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/api/v1/notification-preferences").session(cityAdmin)).andExpect(status().isForbidden());
		mvc.perform(get("/family/notification-settings").session(cityAdmin)).andExpect(status().isForbidden());
	}

	int stored(Guardian guardian) {
		return jdbc.sql("SELECT count(*) FROM messaging_channel_preference WHERE account_id = :a")
			.param("a", guardian.account())
			.query(Integer.class)
			.single();
	}
}
