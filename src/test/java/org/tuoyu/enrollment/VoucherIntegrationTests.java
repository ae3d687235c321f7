package org.tuoyu.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class VoucherIntegrationTests {

	private static final String PASSWORD = "Voucher2026pass";

	/** A Liangxi street no other test lives in: the area of the programme issued by rule. */
	private static final String RULE_STREET = "320213029";

	/** Another Liangxi street, for the institutions and homes of the other tests here. */
	private static final String STREET = "320213028";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	VoucherManagement vouchers;

	@Test
	void aProgrammeIsRefusedWithTheReasonOfEachBrokenRule() throws Exception {
		MockHttpSession admin = admin();
		createProgramme(admin, programme("320213", "", "TRIAL", 5, null, List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.name"));
		createProgramme(admin, programme("320599", "未知区体验券", "TRIAL", 5, null, List.of()))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.district"));
		createProgramme(admin, programme("320213", "零天体验券", "TRIAL", 0, null, List.of()))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.trialDays"));
		createProgramme(admin, programme("320213", "零元消费券", "CONSUMPTION", null, "0", List.of()))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.amount"));
		createProgramme(admin, programme("320213", "外区街道券", "TRIAL", 5, null, List.of("320206001")))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.street"));
		createProgramme(admin, """
				{"divisionCode":"320213","name":"倒序日期券","kind":"TRIAL","trialDays":5,"validFrom":"%s",
				 "validUntil":"%s","minAgeMonths":6,"maxAgeMonths":36}
				""".formatted(TestClock.today().plusDays(10), TestClock.today()))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.validity"));
		createProgramme(admin, """
				{"divisionCode":"320213","name":"月龄倒置券","kind":"TRIAL","trialDays":5,"validFrom":"%s",
				 "validUntil":"%s","minAgeMonths":30,"maxAgeMonths":6}
				""".formatted(TestClock.today(), TestClock.today().plusMonths(6)))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.ages"));
		String ok = programme("320213", "校验通过体验券", "TRIAL", 5, null, List.of());
		createProgramme(admin, ok).andExpect(status().isCreated());
		createProgramme(admin, ok).andExpect(jsonPath("$.errors[0].code").value("voucher.programme.nameTaken"));
		createProgramme(guardian("13900005001"), programme("320213", "家长建的券", "TRIAL", 5, null, List.of()))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.adminsOnly"));

		mvc.perform(post("/admin/vouchers").session(admin).with(csrf()).param("divisionCode", "320213").param("name", "")
			.param("kind", "TRIAL").param("trialDays", "5").param("validFrom", TestClock.today().toString())
			.param("validUntil", TestClock.today().plusMonths(3).toString()).param("minAgeMonths", "6")
			.param("maxAgeMonths", "36"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项必填")));
		mvc.perform(post("/admin/vouchers").session(admin).with(csrf()).param("divisionCode", "320213")
			.param("name", "页面体验券").param("kind", "TRIAL").param("trialDays", "0")
			.param("validFrom", TestClock.today().toString()).param("validUntil", TestClock.today().plusMonths(3).toString())
			.param("minAgeMonths", "6").param("maxAgeMonths", "36"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("体验天数须在1到90天之间")));
		mvc.perform(post("/admin/vouchers").session(admin).with(csrf()).param("divisionCode", "320213")
			.param("name", "页面体验券").param("kind", "TRIAL").param("trialDays", "5")
			.param("validFrom", TestClock.today().toString()).param("validUntil", TestClock.today().plusMonths(3).toString())
			.param("minAgeMonths", "6").param("maxAgeMonths", "36").param("streets", RULE_STREET))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/vouchers").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面体验券")));
	}

	@Test
	void issuingByRuleReachesEligibleChildrenOnceAndReportsTheSkipped() throws Exception {
		MockHttpSession admin = admin();
		Place inArea = institution(admin, 24_001, "voucher-rule", RULE_STREET, "TODDLER", 5);
		Place elsewhere = institution(admin, 24_002, "voucher-rule-other", STREET, "TODDLER", 5);
		Place infants = institution(admin, 24_010, "voucher-rule-infants", STREET, "INFANT", 5);
		LocalDate start = TestClock.today().plusMonths(1);
		MockHttpSession home = guardian("13900005101");
		UUID livesThere = child(home, "瞻江宝宝", start.minusMonths(15), null);
		apply(home, livesThere, elsewhere.id(), start, RULE_STREET);
		MockHttpSession placedFamily = guardian("13900005102");
		UUID placedThere = child(placedFamily, "在托宝宝", start.minusMonths(15), null);
		place(placedFamily, placedThere, inArea, start, null);
		MockHttpSession other = guardian("13900005103");
		apply(other, child(other, "黄巷宝宝", start.minusMonths(15), null), inArea.id(), start, STREET);
		apply(other, child(other, "太小宝宝", TestClock.today().minusMonths(3), null), infants.id(),
				TestClock.today().plusMonths(5), RULE_STREET);

		UUID programme = createdProgramme(admin, programme("320213", "瞻江体验券", "TRIAL", 5, null, List.of(RULE_STREET)));
		issueByRule(admin, programme, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issued").value(2))
			.andExpect(jsonPath("$.skipped").value(0));
		issueByRule(admin, programme, null)
			.andExpect(jsonPath("$.issued").value(0))
			.andExpect(jsonPath("$.skipped").value(2));
		assertThat(jdbc.sql("SELECT child_id FROM enrollment_voucher WHERE programme_id = :p").param("p", programme)
			.query(UUID.class).list()).containsExactlyInAnyOrder(livesThere, placedThere);

		UUID consumption = createdProgramme(admin,
				programme("320213", "瞻江消费券", "CONSUMPTION", null, "500.00", List.of(RULE_STREET)));
		issueByRule(admin, consumption, null).andExpect(jsonPath("$.errors[0].code").value("voucher.issue.month"));
		YearMonth month = TestClock.thisMonth();
		issueByRule(admin, consumption, month).andExpect(jsonPath("$.issued").value(2));
		issueByRule(admin, consumption, month.plusMonths(1)).andExpect(jsonPath("$.issued").value(2));
		issueByRule(admin, consumption, month).andExpect(jsonPath("$.skipped").value(2));
		mvc.perform(post("/admin/vouchers/" + programme + "/issue").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/vouchers/" + programme))
			.andExpect(flash().attributeExists("issued"));
		mvc.perform(get("/admin/vouchers/" + programme).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("瞻江体验券")))
			.andExpect(content().string(containsString("按规则发放的对象")));
	}

	@Test
	void issuingByListReportsEveryRefusedLineAndWritesNothingOnACheck() throws Exception {
		MockHttpSession admin = admin();
		LocalDate birth = TestClock.today().minusMonths(14);
		String listedId = residentId(birth, 11);
		String youngId = residentId(TestClock.today().minusMonths(2), 12);
		MockHttpSession family = guardian("13900005201");
		UUID listed = child(family, "名单宝宝", birth, listedId);
		child(family, "名单小宝", TestClock.today().minusMonths(2), youngId);
		UUID programme = createdProgramme(admin, programme("320213", "名单体验券", "TRIAL", 3, null, List.of()));
		String list = String.join("\n", listedId, "12345", residentId(birth, 13), "", listedId, youngId + ",小宝");

		issueByList(admin, programme, list, false)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issued").value(0))
			.andExpect(jsonPath("$.eligible").value(1))
			.andExpect(jsonPath("$.confirmed").value(false))
			.andExpect(jsonPath("$.rejected.length()").value(4))
			.andExpect(jsonPath("$.rejected[0].line").value(2))
			.andExpect(jsonPath("$.rejected[0].reason").value("voucher.list.invalid"))
			.andExpect(jsonPath("$.rejected[1].line").value(3))
			.andExpect(jsonPath("$.rejected[1].reason").value("voucher.list.unknown"))
			.andExpect(jsonPath("$.rejected[2].line").value(5))
			.andExpect(jsonPath("$.rejected[2].reason").value("voucher.list.repeated"))
			.andExpect(jsonPath("$.rejected[3].line").value(6))
			.andExpect(jsonPath("$.rejected[3].reason").value("voucher.list.age"));
		assertThat(issuedIn(programme)).isZero();
		issueByList(admin, programme, list, true)
			.andExpect(jsonPath("$.issued").value(1))
			.andExpect(jsonPath("$.rejected.length()").value(4));
		issueByList(admin, programme, list, true)
			.andExpect(jsonPath("$.issued").value(0))
			.andExpect(jsonPath("$.skipped").value(1));
		assertThat(jdbc.sql("SELECT child_id FROM enrollment_voucher WHERE programme_id = :p").param("p", programme)
			.query(UUID.class).list()).containsExactly(listed);
		issueByList(admin, programme, "\n \n", true)
			.andExpect(jsonPath("$.errors[0].field").value("residentIds"))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.list.empty"));

		mvc.perform(post("/admin/vouchers/" + programme + "/issue-list").session(admin).with(csrf())
			.param("residentIds", "12345\n" + listedId).param("confirm", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号格式或校验位不正确")))
			.andExpect(content().string(containsString("已领过1人")));
	}

	@Test
	void aGuardianSeesTheirOwnVouchersAndAnotherFamilysIsNotFound() throws Exception {
		MockHttpSession admin = admin();
		Place institution = institution(admin, 24_003, "voucher-family", STREET, "TODDLER", 5);
		MockHttpSession family = trialVoucher(admin, institution, "13900005301", "看券宝宝", 20, 21, "家长可见体验券").family();

		JsonNode mine = body(mvc.perform(get("/api/v1/family/vouchers").session(family))
			.andExpect(jsonPath("$[0].programmeName").value("家长可见体验券"))
			.andExpect(jsonPath("$[0].kind").value("TRIAL"))
			.andExpect(jsonPath("$[0].trialDays").value(5))
			.andExpect(jsonPath("$[0].status").value("ISSUED"))
			.andExpect(jsonPath("$[0].institutions[0].name").value("阳光宝贝托育中心 voucher-family")))
			.get(0);
		String code = mine.get("code").asString();
		assertThat(code).matches("[2-9A-HJ-NP-Z]{8}");
		String voucherId = mine.get("id").asString();
		mvc.perform(get("/api/v1/family/vouchers/" + voucherId).session(family)).andExpect(status().isOk());
		MockHttpSession stranger = guardian("13900005302");
		mvc.perform(get("/api/v1/family/vouchers/" + voucherId).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/family/vouchers").session(stranger)).andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/family/vouchers").session(family))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("免费体验5天")))
			.andExpect(content().string(containsString("阳光宝贝托育中心 voucher-family")));
		mvc.perform(get("/family/vouchers").param("lang", "en").session(family))
			.andExpect(content().string(containsString("5 free days")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/family").session(family)).andExpect(content().string(containsString("/family/vouchers")));
	}

	@Test
	void aVoucherIsRedeemedOnceOnlyAtAParticipatingInstitutionBeforeItExpires() throws Exception {
		MockHttpSession admin = admin();
		Place taking = institution(admin, 24_004, "voucher-taking", STREET, "TODDLER", 5);
		institution(admin, 24_005, "voucher-outsider", STREET, "TODDLER", 5);
		MockHttpSession org = Logins.login(mvc, "voucher-taking", Institutions.PASSWORD);
		MockHttpSession outsider = Logins.login(mvc, "voucher-outsider", Institutions.PASSWORD);
		LocalDate birth = TestClock.today().minusMonths(18);
		MockHttpSession family = guardian("13900005401");
		String firstId = residentId(birth, 31);
		String secondId = residentId(birth, 32);
		child(family, "核销宝宝", birth, firstId);
		UUID second = child(family, "过期宝宝", birth, secondId);
		UUID programme = createdProgramme(admin, programme("320213", "核销体验券", "TRIAL", 5, null, List.of()));
		participants(admin, programme, taking.id());
		issueByList(admin, programme, firstId + "\n" + secondId, true).andExpect(jsonPath("$.issued").value(2));
		String first = codeOf(family, programme, "核销宝宝");

		redeem(outsider, first).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("voucher.redeem.notParticipating"));
		redeem(org, "nope-code").andExpect(jsonPath("$.errors[0].code").value("voucher.code.unknown"));
		redeem(org, first.toLowerCase().substring(0, 4) + "-" + first.substring(4))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REDEEMED"))
			.andExpect(jsonPath("$.redeemedInstitutionName").value("阳光宝贝托育中心 voucher-taking"));
		redeem(org, first).andExpect(jsonPath("$.errors[0].code").value("voucher.redeem.already"))
			.andExpect(jsonPath("$.errors[0].message").value("这张券已经核销过了"));

		String expired = codeOf(family, programme, "过期宝宝");
		jdbc.sql("UPDATE enrollment_voucher SET expires_on = :today - 1 WHERE code = :c").param("today", TestClock.today()).param("c", expired).update();
		redeem(org, expired).andExpect(jsonPath("$.errors[0].code").value("voucher.redeem.expired"));
		assertThat(statusOf(expired)).isEqualTo("EXPIRED");
		assertThat(jdbc.sql("SELECT count(*) FROM enrollment_voucher WHERE child_id = :c AND status = 'REDEEMED'")
			.param("c", second).query(Long.class).single()).isZero();

		mvc.perform(get("/api/v1/vouchers/redemptions").session(org))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value(first));
		mvc.perform(post("/org/vouchers").session(org).with(csrf()).param("code", first))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这张券已经核销过了")));
		mvc.perform(post("/org/vouchers").session(org).with(csrf()).param("code", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项必填")));
		mvc.perform(get("/org/vouchers").session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString("核销宝宝")));
		mvc.perform(get("/org/vouchers").session(outsider))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还没有核销过托育券")));
	}

	@Test
	void aPastExpiryVoucherIsMarkedExpiredByTheDailyJob() throws Exception {
		MockHttpSession admin = admin();
		Issued issued = trialVoucher(admin, null, "13900005501", "到期宝宝", 10, 41, "到期体验券");
		String code = issued.code();
		UUID programme = issued.programme();
		jdbc.sql("UPDATE enrollment_voucher SET expires_on = :today - 1 WHERE code = :c").param("today", TestClock.today()).param("c", code).update();
		assertThat(vouchers.expireVouchers()).isPositive();
		assertThat(statusOf(code)).isEqualTo("EXPIRED");
		mvc.perform(get("/api/v1/vouchers/programmes/" + programme + "/report").session(admin))
			.andExpect(jsonPath("$.issued").value(1))
			.andExpect(jsonPath("$.expired").value(1));
	}

	@Test
	void aConsumptionVoucherNeedsAPlaceThatMonthAndFeedsTheFeeStatement() throws Exception {
		MockHttpSession admin = admin();
		Place institution = institution(admin, 24_006, "voucher-consume", STREET, "TODDLER", 5);
		MockHttpSession org = Logins.login(mvc, "voucher-consume", Institutions.PASSWORD);
		LocalDate start = TestClock.today();
		LocalDate birth = start.minusMonths(16);
		MockHttpSession family = guardian("13900005601");
		String placedId = residentId(birth, 51);
		String homeId = residentId(birth, 52);
		UUID placed = child(family, "在园宝宝", birth, placedId);
		child(family, "在家宝宝", birth, homeId);
		place(family, placed, institution, start, STREET);
		UUID programme = createdProgramme(admin, programme("320213", "惠民消费券", "CONSUMPTION", null, "500.00", List.of()));
		participants(admin, programme, institution.id());
		YearMonth month = TestClock.thisMonth();
		issueByList(admin, programme, month, placedId + "\n" + homeId, true).andExpect(jsonPath("$.issued").value(2));

		redeem(org, codeOf(family, programme, "在家宝宝"))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.redeem.noPlacement"));
		redeem(org, codeOf(family, programme, "在园宝宝")).andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(500.00))
			.andExpect(jsonPath("$.serviceMonth").value(month.toString()));
		assertThat(vouchers.consumptionRedeemed(placed, institution.id(), month)).isEqualByComparingTo(new BigDecimal("500.00"));
		assertThat(vouchers.consumptionRedeemed(placed, institution.id(), month.plusMonths(1))).isEqualByComparingTo(BigDecimal.ZERO);
		mvc.perform(get("/api/v1/vouchers/programmes/" + programme + "/report").session(admin))
			.andExpect(jsonPath("$.issued").value(2))
			.andExpect(jsonPath("$.redeemed").value(1))
			.andExpect(jsonPath("$.amountIssued").value(1000.00))
			.andExpect(jsonPath("$.amountRedeemed").value(500.00));

		// the month's statement: the fee for the days in care, the voucher deducted down to zero at most
		String placement = body(mvc.perform(get("/api/v1/enrollment/placements").session(family))).get(0).get("id").asString();
		mvc.perform(put("/api/v1/enrollment/placements/" + placement).session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"monthlyFee\":3000,\"startDate\":\"%s\"}".formatted(start)))
			.andExpect(status().isOk());
		int days = month.lengthOfMonth() - start.getDayOfMonth() + 1;
		BigDecimal fee = new BigDecimal("3000").multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, java.math.RoundingMode.HALF_UP);
		BigDecimal applied = fee.min(new BigDecimal("500.00"));
		mvc.perform(get("/api/v1/enrollment/statements").param("month", month.toString()).session(family))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].daysInService").value(days))
			.andExpect(jsonPath("$[0].fee").value(fee.doubleValue()))
			.andExpect(jsonPath("$[0].vouchersApplied").value(applied.doubleValue()))
			.andExpect(jsonPath("$[0].amountDue").value(fee.subtract(applied).doubleValue()));
		mvc.perform(get("/api/v1/enrollment/statements").param("month", month.toString()).session(org))
			.andExpect(jsonPath("$[0].childName").value("在园宝宝"));
		mvc.perform(get("/api/v1/enrollment/statements").param("month", month.toString())
			.param("institutionId", institution.id().toString()).session(guardian("13900005609")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/family/statements").session(family))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("消费券抵扣")));
		mvc.perform(get("/org/statements").param("month", month.toString()).session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在园宝宝")));
		byte[] workbook = mvc.perform(get("/org/statements.xlsx").param("month", month.toString()).session(org))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = WorkbookFactory.create(new java.io.ByteArrayInputStream(workbook))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("在园宝宝");
			assertThat(book.getSheetAt(0).getRow(1).getCell(6).getNumericCellValue())
				.isEqualTo(fee.subtract(applied).doubleValue());
		}
	}

	@Test
	void redemptionsOfOneCodeAtTheSameMomentSucceedExactlyOnce() throws Exception {
		MockHttpSession admin = admin();
		Place institution = institution(admin, 24_007, "voucher-race", STREET, "TODDLER", 5);
		String code = trialVoucher(admin, institution, "13900005701", "抢券宝宝", 22, 61, "并发体验券").code();

		int attempts = 8;
		List<MockHttpSession> desks = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			desks.add(Logins.login(mvc, "voucher-race", Institutions.PASSWORD));
		}
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> answers = new ArrayList<>();
		for (MockHttpSession desk : desks) {
			answers.add(pool.submit(() -> {
				go.await();
				var response = redeem(desk, code).andReturn().getResponse();
				return response.getStatus() == 200 ? "ok" : body(response.getContentAsString()).get("errors").get(0)
					.get("code").asString();
			}));
		}
		go.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> answer : answers) {
			outcomes.add(answer.get());
		}
		pool.shutdown();
		assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("voucher.redeem.already"::equals).hasSize(attempts - 1);
		assertThat(statusOf(code)).isEqualTo("REDEEMED");
	}

	@Test
	void theReportCountsTrialVouchersFollowedByAPlaceAtTheRedeemingInstitution() throws Exception {
		MockHttpSession admin = admin();
		Place institution = institution(admin, 24_008, "voucher-convert", STREET, "TODDLER", 5);
		MockHttpSession org = Logins.login(mvc, "voucher-convert", Institutions.PASSWORD);
		LocalDate start = TestClock.today().plusMonths(1);
		LocalDate birth = start.minusMonths(15);
		MockHttpSession triedFamily = guardian("13900005801");
		MockHttpSession placedFamily = guardian("13900005802");
		String triedId = residentId(birth, 71);
		String placedId = residentId(birth, 72);
		String unusedId = residentId(birth, 73);
		UUID tried = child(triedFamily, "体验后入托", birth, triedId);
		UUID placedBefore = child(placedFamily, "先入托", birth, placedId);
		child(placedFamily, "没用券", birth, unusedId);
		place(placedFamily, placedBefore, institution, start, null);
		UUID application = apply(triedFamily, tried, institution.id(), start, null);
		UUID programme = createdProgramme(admin, programme("320213", "转化体验券", "TRIAL", 5, null, List.of()));
		participants(admin, programme, institution.id());
		issueByList(admin, programme, String.join("\n", triedId, placedId, unusedId), true)
			.andExpect(jsonPath("$.issued").value(3));
		redeem(org, codeOf(triedFamily, programme, "体验后入托")).andExpect(status().isOk());
		redeem(org, codeOf(placedFamily, programme, "先入托")).andExpect(status().isOk());
		accept(org, triedFamily, application, institution.classId());

		mvc.perform(get("/api/v1/vouchers/programmes/" + programme + "/report").session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issued").value(3))
			.andExpect(jsonPath("$.redeemed").value(2))
			.andExpect(jsonPath("$.converted").value(1))
			.andExpect(jsonPath("$.trialRedeemed").value(2))
			.andExpect(jsonPath("$.conversionPercent").value(50.0))
			.andExpect(jsonPath("$.programme.institutions[0].name").value("阳光宝贝托育中心 voucher-convert"));
		mvc.perform(get("/admin/vouchers/" + programme).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 / 2 = 50.0%")));
		mvc.perform(get("/admin/vouchers/" + programme).param("lang", "en").session(admin))
			.andExpect(content().string(containsString("Trial-to-enrollment conversion")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/org/vouchers").param("lang", "en").session(org))
			.andExpect(content().string(containsString("Vouchers redeemed here")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/api/v1/vouchers/programmes").session(admin))
			.andExpect(jsonPath("$[?(@.name == '转化体验券')]").isNotEmpty());
		mvc.perform(get("/api/v1/vouchers/programmes/" + programme + "/report").session(org))
			.andExpect(status().isNotFound());
	}

	@Test
	void participantsMustBeFiledInstitutionsOfTheDistrictAndBadRequestsAnswerProblemJson() throws Exception {
		MockHttpSession admin = admin();
		Place huishan = institution(admin, 24_009, "voucher-huishan", "320206001", "TODDLER", 5);
		UUID programme = createdProgramme(admin, programme("320213", "外区机构体验券", "TRIAL", 5, null, List.of()));
		participants(admin, programme, huishan.id())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.institutionOutside"));
		mvc.perform(post("/api/v1/vouchers/redemptions").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		MockHttpSession org = Logins.login(mvc, "voucher-huishan", Institutions.PASSWORD);
		redeem(org, "").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.field.required"));
		mvc.perform(get("/api/v1/vouchers/programmes/" + UUID.randomUUID()).session(admin))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/admin/vouchers/" + programme).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暂无参与机构")));
	}

	@Test
	void districtAdministratorsManageOnlyTheProgrammesOfTheirOwnDistrict() throws Exception {
		MockHttpSession admin = admin();
		MockHttpSession liangxi = officer(admin, "voucher-liangxi", "DISTRICT_ADMIN", "320213");
		MockHttpSession huishan = officer(admin, "voucher-huishan-admin", "DISTRICT_ADMIN", "320206");
		MockHttpSession inspector = officer(admin, "voucher-inspector", "INSPECTOR", "320213");
		createProgramme(liangxi, programme("320206", "越界消费券", "CONSUMPTION", null, "300", List.of()))
			.andExpect(jsonPath("$.errors[0].code").value("voucher.programme.district"));
		UUID programme = createdProgramme(liangxi, programme("320213", "本区体验券", "TRIAL", 5, null, List.of()));
		mvc.perform(get("/api/v1/vouchers/programmes/" + programme).session(huishan)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/vouchers/programmes").session(huishan))
			.andExpect(jsonPath("$[?(@.name == '本区体验券')]").isEmpty());
		mvc.perform(get("/api/v1/vouchers/programmes/" + programme + "/report").session(inspector))
			.andExpect(status().isOk());
		issueByRule(inspector, programme, null).andExpect(jsonPath("$.errors[0].code").value("voucher.programme.adminsOnly"));
		mvc.perform(get("/admin/vouchers").session(liangxi))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本区体验券")))
			.andExpect(content().string(containsString("id=\"create-programme\"")));
		mvc.perform(get("/admin/vouchers").session(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"create-programme\""))));
	}

	private MockHttpSession officer(MockHttpSession admin, String username, String role, String division)
			throws Exception {
		return Officers.signedIn(mvc, admin, username, role, division, PASSWORD);
	}

	/** An institution and its one class. */
	private record Place(UUID id, UUID classId, String username) {
	}

	/** A trial voucher issued to one child of a new family. */
	private record Issued(UUID programme, MockHttpSession family, String code) {
	}

	/** A new family's child of the age gets a new trial programme's voucher, redeemable at the institution (if any). */
	private Issued trialVoucher(MockHttpSession admin, Place institution, String phone, String childName, int ageMonths,
			int serial, String programmeName) throws Exception {
		LocalDate birth = TestClock.today().minusMonths(ageMonths);
		String id = residentId(birth, serial);
		MockHttpSession family = guardian(phone);
		child(family, childName, birth, id);
		UUID programme = createdProgramme(admin, programme("320213", programmeName, "TRIAL", 5, null, List.of()));
		if (institution != null) {
			participants(admin, programme, institution.id()).andExpect(status().isNoContent());
		}
		issueByList(admin, programme, id, true).andExpect(jsonPath("$.issued").value(1));
		return new Issued(programme, family, codeOf(family, programme, childName));
	}

	private MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private Place institution(MockHttpSession admin, int serial, String username, String street, String classType,
			int capacity) throws Exception {
		Institutions.Filed filed = Institutions.filedWithClass(mvc, jdbc, admin, serial, username, street, "券班", classType,
				capacity);
		return new Place(filed.id(), filed.classId(), username);
	}

	private MockHttpSession guardian(String phone) throws Exception {
		mvc.perform(post("/api/v1/public/guardians").contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"%s\",\"displayName\":\"券家长\",\"password\":\"%s\"}".formatted(phone, PASSWORD)))
			.andExpect(status().isCreated());
		return Logins.login(mvc, phone, PASSWORD);
	}

	private UUID child(MockHttpSession guardian, String name, LocalDate birth, String residentId) throws Exception {
		String id = residentId == null ? "null" : "\"" + residentId + "\"";
		return UUID.fromString(body(mvc.perform(post("/api/v1/family/children").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\",\"sex\":\"FEMALE\",\"birthDate\":\"%s\",\"relation\":\"FATHER\",\"residentId\":%s}"
				.formatted(name, birth, id)))
			.andExpect(status().isCreated())).get("id").asString());
	}

	/** A valid resident ID of a girl born on the day, distinct per serial (0–99). */
	private static String residentId(LocalDate birth, int serial) {
		return ResidentIds.complete("320213" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%02d".formatted(serial) + "8");
	}

	private UUID apply(MockHttpSession guardian, UUID child, UUID institution, LocalDate start, String street)
			throws Exception {
		return UUID.fromString(body(mvc.perform(post("/api/v1/enrollment/applications").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"childId":"%s","institutionIds":["%s"],"desiredStart":"%s","serviceForm":"FULL_DAY","supportNeeds":[],
					 "homeStreet":%s,"employerStaffAt":[]}
					""".formatted(child, institution, start, street == null ? "null" : "\"" + street + "\"")))
			.andExpect(status().isCreated())).get("id").asString());
	}

	/** Applies, is offered a place in the institution's class and accepts it: an active placement. */
	private void place(MockHttpSession guardian, UUID child, Place institution, LocalDate start, String street)
			throws Exception {
		UUID application = apply(guardian, child, institution.id(), start, street);
		accept(Logins.login(mvc, institution.username(), Institutions.PASSWORD), guardian, application,
				institution.classId());
	}

	private void accept(MockHttpSession org, MockHttpSession guardian, UUID application, UUID classId) throws Exception {
		String offer = body(mvc.perform(post("/api/v1/enrollment/offers").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"applicationId\":\"%s\",\"classId\":\"%s\"}".formatted(application, classId)))
			.andExpect(status().isCreated())).get("id").asString();
		mvc.perform(post("/api/v1/enrollment/offers/" + offer + "/accept").session(guardian).with(csrf()))
			.andExpect(status().isOk());
	}

	private static String programme(String district, String name, String kind, Integer days, String amount,
			List<String> streets) {
		return """
				{"divisionCode":"%s","name":"%s","kind":"%s","trialDays":%s,"monthlyAmount":%s,"validFrom":"%s",
				 "validUntil":"%s","minAgeMonths":6,"maxAgeMonths":36,"streets":[%s]}
				""".formatted(district, name, kind, days, amount, TestClock.today().minusDays(1), TestClock.today().plusMonths(6),
				String.join(",", streets.stream().map(s -> "\"" + s + "\"").toList()));
	}

	private ResultActions createProgramme(MockHttpSession user, String body) throws Exception {
		return mvc.perform(post("/api/v1/vouchers/programmes").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private UUID createdProgramme(MockHttpSession admin, String body) throws Exception {
		return UUID.fromString(body(createProgramme(admin, body).andExpect(status().isCreated())).get("id").asString());
	}

	private ResultActions participants(MockHttpSession admin, UUID programme, UUID... institutions) throws Exception {
		return mvc.perform(put("/api/v1/vouchers/programmes/" + programme + "/institutions").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"institutionIds\":[%s]}".formatted(String.join(",",
					java.util.Arrays.stream(institutions).map(i -> "\"" + i + "\"").toList()))));
	}

	private ResultActions issueByRule(MockHttpSession admin, UUID programme, YearMonth month) throws Exception {
		return mvc.perform(post("/api/v1/vouchers/programmes/" + programme + "/issue").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(month == null ? "{}" : "{\"month\":\"%s\"}".formatted(month)));
	}

	private ResultActions issueByList(MockHttpSession admin, UUID programme, String ids, boolean confirm) throws Exception {
		return issueByList(admin, programme, null, ids, confirm);
	}

	private ResultActions issueByList(MockHttpSession admin, UUID programme, YearMonth month, String ids, boolean confirm)
			throws Exception {
		return mvc.perform(post("/api/v1/vouchers/programmes/" + programme + "/issue-list").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(new ListRequest(month == null ? null : month.toString(), ids, confirm))));
	}

	private record ListRequest(String month, String residentIds, boolean confirm) {
	}

	private ResultActions redeem(MockHttpSession org, String code) throws Exception {
		return mvc.perform(post("/api/v1/vouchers/redemptions").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"%s\"}".formatted(code)));
	}

	private String codeOf(MockHttpSession guardian, UUID programme, String childName) throws Exception {
		for (JsonNode voucher : body(mvc.perform(get("/api/v1/family/vouchers").session(guardian)))) {
			if (voucher.get("programmeId").asString().equals(programme.toString())
					&& voucher.get("childName").asString().equals(childName)) {
				return voucher.get("code").asString();
			}
		}
		throw new AssertionError("no voucher of " + childName);
	}

	private String statusOf(String code) {
		return jdbc.sql("SELECT status FROM enrollment_voucher WHERE code = :c").param("c", code).query(String.class).single();
	}

	private long issuedIn(UUID programme) {
		return jdbc.sql("SELECT count(*) FROM enrollment_voucher WHERE programme_id = :p").param("p", programme)
			.query(Long.class).single();
	}

	private JsonNode body(ResultActions result) throws Exception {
		return body(result.andReturn().getResponse().getContentAsString());
	}

	private JsonNode body(String content) {
		return json.readTree(content);
	}
}
