package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.supervision.internal.RiskSignal;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

@TuoyuTest
class CreditIntegrationTests {

	private static final String PASSWORD = "Credit2026pass";

	/** Xishan streets of this part's tests. */
	private static final String STREET = "320205102";

	private static final String OTHER_STREET = "320205103";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CreditManagement credit;

	@Autowired
	List<RiskSignal> signals;

	private MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	@Test
	void inspectionsEscalationsAndComplaintsMoveTheScoreOnceEachEvenWhenRedelivered() throws Exception {
		UUID institution = filed(37_001, "sv-c-listen", STREET);
		LocalDate today = TestClock.today();
		UUID inspection = UUID.randomUUID();
		InspectionConcluded concluded = new InspectionConcluded(inspection, institution, STREET,
				InspectionOutcome.RECTIFY, 2, 1, today);

		publish(concluded);
		awaitEvents(institution, 2);
		publish(concluded);
		publish(new ComplaintUpheld(UUID.randomUUID(), institution, today));
		awaitEvents(institution, 3);
		UUID order = UUID.randomUUID();
		publish(new RectificationEscalated(order, inspection, institution, today));
		publish(new RectificationEscalated(order, inspection, institution, today));
		awaitEvents(institution, 4);
		publish(new InspectionConcluded(UUID.randomUUID(), institution, STREET, InspectionOutcome.COMPLIANT, 0, 0, today));
		awaitEvents(institution, 5);
		Thread.sleep(300);

		// 90 − 2×2 − 5 − 5 − 10 + 2 = 68: tier C
		CreditStanding standing = credit.standing(regulator(), institution);
		assertThat(standing.score()).isEqualTo(68);
		assertThat(standing.tier()).isEqualTo(CreditTier.C);
		assertThat(standing.tierSince()).isEqualTo(today);
		List<CreditEntry> history = credit.history(regulator(), institution);
		assertThat(history).extracting(CreditEntry::kind)
			.containsExactlyInAnyOrder(CreditEventKind.MINOR_FINDINGS, CreditEventKind.SERIOUS_FINDINGS,
					CreditEventKind.COMPLAINT_UPHELD, CreditEventKind.RECTIFICATION_ESCALATED,
					CreditEventKind.GOOD_INSPECTION);
		assertThat(history.get(0).kind()).isEqualTo(CreditEventKind.GOOD_INSPECTION);
		assertThat(history.get(0).scoreAfter()).isEqualTo(68);
		Integer notices = jdbc.sql("""
				SELECT count(*) FROM platform_notification n JOIN platform_account a ON a.id = n.account_id
				WHERE a.username = 'sv-c-listen' AND n.message_key = 'supervision.credit.tierChanged'
				""").query(Integer.class).single();
		assertThat(notices).isEqualTo(1);
	}

	@Test
	void concurrentEventsEachApplyToTheScoreLeftByTheOneBefore() throws Exception {
		UUID institution = filed(37_002, "sv-c-race", STREET);
		CurrentUser regulator = regulator();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<UUID>> tasks = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String document = "锡卫罚〔2026〕" + i + "号";
				tasks.add(() -> credit.record(regulator, institution, new NewCreditEvent(CreditEventKind.VIOLATION,
						"未按规定配备保育人员", document, TestClock.today())));
			}
			for (Future<UUID> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(credit.standing(regulator, institution).score()).isEqualTo(10);
		assertThat(credit.history(regulator, institution)).extracting(CreditEntry::scoreAfter)
			.containsExactlyInAnyOrder(80, 70, 60, 50, 40, 30, 20, 10);
	}

	@Test
	void aRegulatorRecordsAPenaltyOverTheApiAndABrokenRuleNamesItsField() throws Exception {
		UUID institution = filed(37_003, "sv-c-api", STREET);
		MockHttpSession district = district("sv-c-api-district", "320205");

		mvc.perform(post("/api/v1/supervision/credit/" + institution + "/events").session(district).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"PENALTY","reason":"超范围收托","documentNumber":"锡卫罚〔2026〕12号","occurredOn":"%s"}
					""".formatted(TestClock.today())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty());
		mvc.perform(get("/api/v1/supervision/credit/" + institution).session(district))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standing.score").value(70))
			.andExpect(jsonPath("$.standing.tier").value("C"))
			.andExpect(jsonPath("$.history[0].kind").value("PENALTY"))
			.andExpect(jsonPath("$.history[0].documentNumber").value("锡卫罚〔2026〕12号"));

		mvc.perform(post("/api/v1/supervision/credit/" + institution + "/events").session(district).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"GOOD_INSPECTION","reason":"x","documentNumber":"y","occurredOn":"%s"}
					""".formatted(TestClock.today())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("kind")));
		mvc.perform(post("/api/v1/supervision/credit/" + institution + "/events").session(district).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"COMMENDATION","reason":"示范","documentNumber":"","occurredOn":"%s"}
					""".formatted(TestClock.today().plusDays(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("documentNumber")));
		assertThat(credit.history(regulator(), institution)).hasSize(1);
	}

	@Test
	void thePageRecordsACommendationAndShowsFieldErrors() throws Exception {
		UUID institution = filed(37_004, "sv-c-page", STREET);
		MockHttpSession district = district("sv-c-page-district", "320205");

		mvc.perform(post("/admin/supervision/credit/" + institution + "/events").session(district).with(csrf())
			.param("kind", "COMMENDATION")
			.param("reason", "")
			.param("documentNumber", "锡卫奖〔2026〕3号")
			.param("occurredOn", TestClock.today().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("creditEventForm", "reason", "supervision.credit.field.required"))
			.andExpect(content().string(containsString("此项必填")));
		mvc.perform(post("/admin/supervision/credit/" + institution + "/events").session(district).with(csrf())
			.param("kind", "COMMENDATION")
			.param("reason", "年度示范托育机构")
			.param("documentNumber", "锡卫奖〔2026〕3号")
			.param("occurredOn", TestClock.today().toString()))
			.andExpect(redirectedUrl("/admin/supervision/credit/" + institution));
		mvc.perform(get("/admin/supervision/credit/" + institution).session(district))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年度示范托育机构")))
			.andExpect(content().string(containsString("95")));
		mvc.perform(get("/admin/supervision/credit").param("tier", "A").session(district))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("credit-" + institution)));
		mvc.perform(get("/admin/supervision/credit").param("tier", "D").session(district))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("credit-" + institution))));
	}

	@Test
	void theHistoryIsVisibleToTheInstitutionAndRegulatorsInScopeOnly() throws Exception {
		UUID own = filed(37_005, "sv-c-own", STREET);
		UUID other = filed(37_006, "sv-c-other", OTHER_STREET);
		MockHttpSession ownAdmin = Logins.login(mvc, "sv-c-own", Institutions.PASSWORD);
		MockHttpSession elsewhere = district("sv-c-liangxi", "320213");
		MockHttpSession street = Officers.signedIn(mvc, admin, "sv-c-street", "STREET_OFFICER", STREET, PASSWORD);
		credit.record(regulator(), other, new NewCreditEvent(CreditEventKind.PENALTY, "无证经营", "锡卫罚〔2026〕30号",
				TestClock.today()));

		mvc.perform(get("/org/supervision/credit").session(ownAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("credit-history")));
		mvc.perform(get("/api/v1/supervision/credit/" + own).session(ownAdmin)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/supervision/credit/" + other).session(ownAdmin)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/credit/" + other).session(elsewhere)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/supervision/credit/" + other).session(elsewhere)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/supervision/credit/" + other + "/events").session(elsewhere).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"PENALTY","reason":"x","documentNumber":"y","occurredOn":"%s"}
					""".formatted(TestClock.today())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/credit").session(elsewhere))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(other.toString()))));
		mvc.perform(get("/api/v1/supervision/credit").session(street))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(own.toString())))
			.andExpect(content().string(not(containsString(other.toString()))));
		// a street officer sees its street's credit but records nothing
		mvc.perform(post("/api/v1/supervision/credit/" + own + "/events").session(street).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"PENALTY","reason":"x","documentNumber":"y","occurredOn":"%s"}
					""".formatted(TestClock.today())))
			.andExpect(status().isUnprocessableContent());
		assertThat(credit.history(regulator(), own)).isEmpty();
	}

	@Test
	void thePublicSeesTheTierAndItsDateButNeverTheScoreOrTheEvents() throws Exception {
		UUID institution = filed(37_007, "sv-c-public", STREET);
		UUID draft = Institutions.register(mvc, admin, 37_008, "sv-c-draft", STREET);
		credit.record(regulator(), institution, new NewCreditEvent(CreditEventKind.VIOLATION, "消防通道堵塞",
				"锡卫罚〔2026〕31号", TestClock.today()));

		String answer = mvc.perform(get("/api/v1/public/institutions/" + institution + "/credit"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tier").value("B"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).doesNotContain("score", "消防", "history", "delta");
		mvc.perform(get("/api/v1/public/institutions/" + draft + "/credit")).andExpect(status().isNotFound());
		mvc.perform(get("/directory/institutions/" + institution))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("disclosure-credit")))
			.andExpect(content().string(containsString("信用等级：B级")))
			.andExpect(content().string(not(containsString("消防通道堵塞"))));
	}

	@Test
	void theCreditSignalWeighsEachInstitutionByItsTierOnTheDrawsDay() {
		UUID penalised = filed(37_009, "sv-c-signal", STREET);
		UUID untouched = filed(37_010, "sv-c-signal-b", STREET);
		for (int i = 0; i < 2; i++) {
			credit.record(regulator(), penalised, new NewCreditEvent(CreditEventKind.PENALTY, "虐童事件", "锡卫罚〔2026〕4" + i
					+ "号", TestClock.today()));
		}
		RiskSignal signal = signals.stream().filter(s -> s.name().equals("credit")).findFirst().orElseThrow();

		Map<UUID, BigDecimal> factors = signal.factors(List.of(penalised, untouched), TestClock.today());

		assertThat(factors.get(penalised)).isEqualByComparingTo("2.0");
		assertThat(factors.get(untouched)).isEqualByComparingTo("1.0");
		// a draw as of yesterday weighs the tier of yesterday, before the penalties
		assertThat(signal.factors(List.of(penalised), TestClock.today().minusDays(1)).get(penalised))
			.isEqualByComparingTo("1.0");
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private void awaitEvents(UUID institution, int count) throws InterruptedException {
		for (int i = 0; i < 250; i++) {
			Integer found = jdbc.sql("SELECT count(*) FROM supervision_credit_event WHERE institution_id = :id")
				.param("id", institution)
				.query(Integer.class)
				.single();
			if (found >= count) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("credit events of " + institution + " not recorded");
	}

	private UUID filed(int serial, String username, String street) {
		try {
			UUID id = Institutions.register(mvc, admin, serial, username, street);
			jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
			return id;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockHttpSession district(String username, String division) throws Exception {
		return Officers.signedIn(mvc, admin, username, "DISTRICT_ADMIN", division, PASSWORD);
	}

	private static CurrentUser regulator() {
		return new CurrentUser(UUID.randomUUID(), "sv-c-regulator", "锡山区卫健委 测试", Role.DISTRICT_ADMIN,
				DataScope.division(DivisionCode.of("320205")));
	}
}
