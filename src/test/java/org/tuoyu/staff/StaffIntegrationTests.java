package org.tuoyu.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class StaffIntegrationTests {

	private static final AtomicInteger SERIAL = new AtomicInteger(20_000);

	private static final String LIANGXI_STREET = "320213021";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	org.tuoyu.staff.internal.CertificateExpiryAlerts expiryAlerts;

	MockHttpSession admin;

	@BeforeEach
	void login() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	@Test
	void onePersonAcrossInstitutionsWhateverTheCaseOfX() throws Exception {
		MockHttpSession first = institution("staff-dedup-a");
		MockHttpSession second = institution("staff-dedup-b");
		String id = ResidentIds.endingInX(100);
		UUID person = hire(first, "王晓燕", id.toLowerCase(), "CAREGIVER").andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString().transform(this::id);
		UUID again = hire(second, "王晓燕", id, "TEACHER").andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString().transform(this::id);
		assertThat(again).isEqualTo(person);
		hire(second, "王晓艳", id, "COOK").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("staff.hire.nameMismatch"));
		hire(second, "王晓燕", id, "COOK").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.hire.alreadyEmployed"));

		String masked = id.substring(0, 6) + "********" + id.substring(14);
		mvc.perform(get("/api/v1/staff").session(first))
			.andExpect(jsonPath("$[0].residentIdMasked").value(masked))
			.andExpect(jsonPath("$[0].phoneMasked").value("138****5678"));
		assertThat(mvc.perform(get("/api/v1/staff").session(first)).andReturn().getResponse().getContentAsString())
			.doesNotContain(id).doesNotContain("13812345678");
		byte[] stored = jdbc.sql("SELECT resident_id FROM staff_person WHERE id = :id").param("id", person)
			.query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(id.substring(0, 10));

		mvc.perform(get("/api/v1/staff/people/" + person).session(second))
			.andExpect(jsonPath("$.employments.length()").value(1))
			.andExpect(jsonPath("$.employments[0].role").value("TEACHER"));
		mvc.perform(get("/api/v1/staff/people/" + person).session(admin))
			.andExpect(jsonPath("$.employments.length()").value(2));
		assertThat(audits("staff.person.read", person)).isEqualTo(2);
	}

	@Test
	void aBannedPersonIsRefusedWithoutTheReasonAndTheDistrictHearsOfIt() throws Exception {
		MockHttpSession org = institution("staff-ban-hire");
		MockHttpSession district = districtAdmin("staff-liangxi", "320213");
		String id = ResidentIds.endingInX(200);
		recordBan("李四", id.toLowerCase(), null).andExpect(status().isCreated());

		hire(org, "李四", id, "CAREGIVER").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("residentId"))
			.andExpect(jsonPath("$.errors[0].code").value("staff.hire.banned"))
			.andExpect(content().string(not(containsString("虐待"))));
		assertThat(jdbc.sql("SELECT count(*) FROM staff_person WHERE name = '李四'").query(Long.class).single()).isZero();
		mvc.perform(get("/api/v1/notifications").session(district))
			.andExpect(jsonPath("$[0].text").value(containsString("试图聘用禁业人员李四")));
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'staff.hire.refusedBanned'")
			.query(Long.class).single()).isPositive();

		check(org, id).andExpect(jsonPath("$.hireable").value(false)).andExpect(jsonPath("$.bans").isEmpty());
		check(admin, id).andExpect(jsonPath("$.hireable").value(false))
			.andExpect(jsonPath("$.bans[0].reason").value("虐待婴幼儿"));
		check(org, ResidentIds.valid(201)).andExpect(jsonPath("$.hireable").value(true));
		mvc.perform(get("/api/v1/bans").session(org)).andExpect(status().isNotFound());
	}

	@Test
	void aBanOnSomeoneAtWorkAlertsEveryEmployerAndManagersAreBannedAlongside() throws Exception {
		MockHttpSession first = institution("staff-ban-a");
		MockHttpSession second = institution("staff-ban-b");
		String id = ResidentIds.valid(300);
		String manager = ResidentIds.valid(301);
		hire(first, "赵六", id, "CAREGIVER").andExpect(status().isCreated());
		hire(second, "赵六", id, "CAREGIVER").andExpect(status().isCreated());
		hire(first, "钱七", manager, "HEAD").andExpect(status().isCreated());

		recordBan("赵六", id, "[{\"name\":\"钱七\",\"residentId\":\"" + manager + "\"}]")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ids.length()").value(2));
		for (MockHttpSession org : List.of(first, second)) {
			mvc.perform(get("/api/v1/notifications").session(org))
				.andExpect(jsonPath("$[?(@.text =~ /.*赵六.*禁业名单.*/)]").isNotEmpty());
		}
		mvc.perform(get("/api/v1/notifications").session(first))
			.andExpect(jsonPath("$[?(@.text =~ /.*钱七.*禁业名单.*/)]").isNotEmpty());
		mvc.perform(get("/api/v1/bans").session(admin))
			.andExpect(jsonPath("$[?(@.name == '钱七')].principalBanId").isNotEmpty());
		recordBan("孙八", ResidentIds.valid(302), "[{\"name\":\"孙八\",\"residentId\":\"" + ResidentIds.valid(302) + "\"}]")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.ban.managerRepeated"));
	}

	@Test
	void twoInstitutionsHiringTheSamePersonAtOnceShareOneRecord() throws Exception {
		MockHttpSession first = institution("staff-race-a");
		MockHttpSession second = institution("staff-race-b");
		String id = ResidentIds.valid(400);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> results = pool.invokeAll(List.<Callable<Integer>>of(
					() -> hire(first, "周九", id, "CAREGIVER").andReturn().getResponse().getStatus(),
					() -> hire(second, "周九", id, "CAREGIVER").andReturn().getResponse().getStatus()));
			for (Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM staff_person WHERE name = '周九'").query(Long.class).single()).isOne();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM staff_employment e JOIN staff_person p ON p.id = e.person_id WHERE p.name = '周九'
				""").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void certificatesCountUntilTheirExpiryAndGapsAreListed() throws Exception {
		MockHttpSession org = institution("staff-certs");
		UUID person = id(hire(org, "吴十", ResidentIds.valid(500), "CAREGIVER").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		LocalDate today = TestClock.today();
		certificate(org, person, "HEALTH", null, today.minusYears(1), today.plusDays(10)).andExpect(status().isCreated());
		certificate(org, person, "NO_CRIMINAL_RECORD", null, today.minusMonths(2), null).andExpect(status().isCreated());
		certificate(org, person, "CAREGIVER", 4, today.minusYears(3), today.minusDays(1)).andExpect(status().isCreated());

		mvc.perform(get("/api/v1/staff/people/" + person).session(org))
			.andExpect(jsonPath("$.requirements[0].status").value("EXPIRING"))
			.andExpect(jsonPath("$.requirements[1].status").value("VALID"))
			.andExpect(jsonPath("$.requirements[2].status").value("EXPIRED"));
		mvc.perform(get("/api/v1/staff").session(org)).andExpect(jsonPath("$[0].certificates").value("EXPIRED"));
		mvc.perform(get("/api/v1/staff/certificate-gaps").session(org))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.status == 'EXPIRED')].acceptable[0]").value("CAREGIVER"));

		certificate(org, person, "CAREGIVER", null, today.minusYears(1), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		certificate(org, person, "HEALTH", 3, today.minusYears(1), null)
			.andExpect(jsonPath("$.errors[0].code").value("staff.certificate.levelNotApplicable"));
		certificate(org, person, "HEALTH", null, today.minusDays(5), today.minusDays(6))
			.andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
		certificate(org, person, "HEALTH", null, today.plusDays(1), null)
			.andExpect(jsonPath("$.errors[0].code").value("staff.date.future"));

		String fields = "type=FIRST_AID&number=FA-1&issuer=红十字会&issuedOn=" + today.minusDays(3);
		mvc.perform(multipart("/api/v1/staff/people/" + person + "/certificates?" + fields)
			.file(new MockMultipartFile("scan", "scan.pdf", "application/pdf", "not really a pdf".getBytes()))
			.session(org).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.scan.type"));
		byte[] pdf = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.ISO_8859_1);
		UUID certificate = id(mvc.perform(multipart("/api/v1/staff/people/" + person + "/certificates?" + fields)
			.file(new MockMultipartFile("scan", "scan.txt", "text/plain", pdf)).session(org).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(get("/api/v1/staff/certificates/" + certificate + "/scan").session(org))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(pdf));
		assertThat(jdbc.sql("SELECT count(*) FROM staff_certificate WHERE person_id = :p").param("p", person)
			.query(Long.class).single()).isEqualTo(4);

		mvc.perform(multipart("/api/v1/staff/people/" + person + "/photo").file(new MockMultipartFile("photo", "p.pdf",
				"application/pdf", pdf)).with(r -> { r.setMethod("PUT"); return r; }).session(org).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.photo.type"));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
		mvc.perform(multipart("/api/v1/staff/people/" + person + "/photo").file(new MockMultipartFile("photo", "p.png",
				"image/png", png)).with(r -> { r.setMethod("PUT"); return r; }).session(org).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/staff/people/" + person + "/photo").session(admin))
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(png));
		mvc.perform(get("/api/v1/staff/people/" + person).session(org)).andExpect(jsonPath("$.hasPhoto").value(true));
	}

	@Test
	void trainingHoursAddUpPerYearAndTheHeadIsCheckedForDegreeExperienceAndSixtyHours() throws Exception {
		MockHttpSession org = institution("staff-training");
		UUID head = id(hire(org, "孔园长", ResidentIds.valid(560), "HEAD").andReturn().getResponse().getContentAsString());
		mvc.perform(get("/api/v1/staff/people/" + head).session(org))
			.andExpect(jsonPath("$.qualifications[*].met").value(everyItem(is(false))));
		mvc.perform(put("/api/v1/staff/people/" + head + "/qualifications").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"education\":\"BACHELOR\",\"experienceSince\":1900}"))
			.andExpect(jsonPath("$.errors[0].field").value("experienceSince"));
		mvc.perform(put("/api/v1/staff/people/" + head + "/qualifications").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"education\":\"BACHELOR\",\"experienceSince\":2015}"))
			.andExpect(status().isNoContent());
		LocalDate today = TestClock.today();
		training(org, head, "0", today).andExpect(jsonPath("$.errors[0].code").value("staff.training.hours"));
		training(org, head, "1.25", today).andExpect(jsonPath("$.errors[0].field").value("hours"));
		training(org, head, "40", today).andExpect(status().isCreated());
		training(org, head, "20.5", today.minusYears(1)).andExpect(status().isCreated());
		training(org, head, "20.5", today.minusYears(1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.training.duplicate"));
		mvc.perform(get("/api/v1/staff/people/" + head).session(org))
			.andExpect(jsonPath("$.qualifications[0].met").value(true))
			.andExpect(jsonPath("$.qualifications[1].met").value(true))
			.andExpect(jsonPath("$.qualifications[2].actual").value("60.5"))
			.andExpect(jsonPath("$.qualifications[2].met").value(true))
			.andExpect(jsonPath("$.trainingHoursByYear['" + today.getYear() + "']").value(40.0));
		mvc.perform(get("/api/v1/staff").session(org)).andExpect(jsonPath("$[0].trainingHoursThisYear").value(40.0));
		mvc.perform(get("/api/v1/staff/training-hours").session(org))
			.andExpect(jsonPath("$['" + today.getYear() + "']").value(40.0))
			.andExpect(jsonPath("$['" + (today.getYear() - 1) + "']").value(20.5));
	}

	private ResultActions training(MockHttpSession org, UUID person, String hours, LocalDate takenOn) throws Exception {
		return mvc.perform(post("/api/v1/staff/people/" + person + "/trainings").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"course\":\"托育机构负责人培训\",\"provider\":\"无锡市妇幼保健院\",\"hours\":%s,\"takenOn\":\"%s\"}"
				.formatted(hours, takenOn)));
	}

	@Test
	void institutionsHearOnceOfCertificatesAboutToExpire() throws Exception {
		MockHttpSession org = institution("staff-expiry");
		UUID person = id(hire(org, "冯十一", ResidentIds.valid(550), "CAREGIVER").andReturn().getResponse()
			.getContentAsString());
		LocalDate today = TestClock.today();
		certificate(org, person, "HEALTH", null, today.minusYears(1), today.plusDays(20)).andExpect(status().isCreated());
		certificate(org, person, "FIRST_AID", null, today.minusYears(1), today.plusDays(40)).andExpect(status().isCreated());

		assertThat(expiryAlerts.sendDue()).isPositive();
		String expected = "员工冯十一的健康证将于" + today.plusDays(20) + "到期，请及时办理更新并登记新证书";
		String about = "$[?(@.text =~ /.*冯十一.*/)].text";
		mvc.perform(get("/api/v1/notifications").session(org)).andExpect(jsonPath(about).value(expected));
		expiryAlerts.sendDue();
		mvc.perform(get("/api/v1/notifications").session(org)).andExpect(jsonPath(about).value(expected));
	}

	@Test
	void classesNeedEnoughCaregiversAndTheInstitutionAHealthWorker() throws Exception {
		MockHttpSession org = institution("staff-ratio");
		UUID institution = ownInstitution(org);
		UUID infants = addClass(org, institution, "小星星班", "INFANT", 7);
		mvc.perform(get("/api/v1/staff/staffing").session(org))
			.andExpect(jsonPath("$.compliant").value(false))
			.andExpect(jsonPath("$.classes[0].caregiversNeeded").value(3))
			.andExpect(jsonPath("$.classes[0].caregiverShortfall").value(3))
			.andExpect(jsonPath("$.healthWorkersNeeded").value(1))
			.andExpect(jsonPath("$.healthWorkerShortfall").value(1));

		UUID cook = id(hire(org, "厨师甲", ResidentIds.valid(600), "COOK").andReturn().getResponse().getContentAsString());
		mvc.perform(put("/api/v1/staff/people/" + cook + "/classes/" + infants).session(org).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.assign.notCaregiver"));
		for (int i = 0; i < 3; i++) {
			UUID caregiver = id(hire(org, "保育员" + i, ResidentIds.valid(601 + i), "CAREGIVER").andReturn().getResponse()
				.getContentAsString());
			mvc.perform(put("/api/v1/staff/people/" + caregiver + "/classes/" + infants).session(org).with(csrf()))
				.andExpect(status().isNoContent());
		}
		hire(org, "保健员", ResidentIds.valid(605), "HEALTH_WORKER").andExpect(status().isCreated());
		mvc.perform(get("/api/v1/staff/staffing").session(org))
			.andExpect(jsonPath("$.classes[0].caregivers.length()").value(3))
			.andExpect(jsonPath("$.classes[0].compliant").value(true))
			.andExpect(jsonPath("$.compliant").value(true));
		mvc.perform(get("/api/v1/staff/staffing").param("institutionId", institution.toString()).session(admin))
			.andExpect(jsonPath("$.compliant").value(true));
	}

	@Test
	void staffStayInsideTheirScope() throws Exception {
		MockHttpSession first = institution("staff-scope-a");
		MockHttpSession second = institution("staff-scope-b");
		MockHttpSession xishan = districtAdmin("staff-xishan", "320205");
		UUID firstId = ownInstitution(first);
		UUID person = id(hire(first, "郑一", ResidentIds.valid(700), "CAREGIVER").andReturn().getResponse()
			.getContentAsString());
		mvc.perform(get("/api/v1/staff/people/" + person).session(second)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff").param("institutionId", firstId.toString()).session(second))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff").param("institutionId", firstId.toString()).session(xishan))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff/people/" + person).session(xishan)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff/staffing").param("institutionId", firstId.toString()).session(xishan))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff/staffing/all").session(xishan))
			.andExpect(jsonPath("$[?(@.institutionId == '" + firstId + "')]").isEmpty());
		mvc.perform(post("/api/v1/bans").session(xishan).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isUnprocessableContent());
		hire(admin, "郑二", ResidentIds.valid(701), "CAREGIVER").andExpect(status().isNotFound());
	}

	@Test
	void theAdministratorOpensSignInAccountsForCaregiversAndHealthWorkersOnly() throws Exception {
		MockHttpSession org = institution("staff-accounts-a");
		MockHttpSession other = institution("staff-accounts-b");
		UUID caregiver = hire(org, "钱保育", ResidentIds.complete("32020219900101301"), "TEACHER")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString().transform(this::id);
		UUID cook = hire(org, "孙厨师", ResidentIds.complete("32020219900101302"), "COOK")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString().transform(this::id);
		long accounts = jdbc.sql("SELECT count(*) FROM platform_account").query(Long.class).single();

		openAccount(org, caregiver, "staff-accounts-a", Institutions.PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].code").value("account.username.taken"));
		openAccount(org, caregiver, "qian-baoyu", "123").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		openAccount(org, cook, "sun-chushi", Institutions.PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.account.notForRole"));
		openAccount(other, caregiver, "qian-baoyu", Institutions.PASSWORD).andExpect(status().isNotFound());
		openAccount(admin, caregiver, "qian-baoyu", Institutions.PASSWORD).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM platform_account").query(Long.class).single()).isEqualTo(accounts);

		UUID account = UUID.fromString(json.readTree(openAccount(org, caregiver, "qian-baoyu", Institutions.PASSWORD)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("accountId").asString());
		assertThat(jdbc.sql("SELECT role FROM platform_account WHERE id = :id").param("id", account).query(String.class)
			.single()).isEqualTo("CAREGIVER");
		assertThat(jdbc.sql("SELECT display_name FROM platform_account WHERE id = :id").param("id", account)
			.query(String.class).single()).isEqualTo("钱保育");
		assertThat(jdbc.sql("SELECT account_id FROM staff_employment WHERE person_id = :p").param("p", caregiver)
			.query(UUID.class).single()).isEqualTo(account);
		openAccount(org, caregiver, "qian-baoyu-2", Institutions.PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.account.exists"));
		MockHttpSession signedIn = Logins.login(mvc, "qian-baoyu", Institutions.PASSWORD);
		mvc.perform(get("/api/v1/me").session(signedIn)).andExpect(jsonPath("$.role").value("CAREGIVER"));

		// the person page: a field message in Chinese, then the account opened and the form gone
		UUID nurse = hire(org, "周保健", ResidentIds.complete("32020219900101303"), "HEALTH_WORKER")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString().transform(this::id);
		mvc.perform(get("/org/staff/people/" + nurse).session(org))
			.andExpect(content().string(containsString("开通登录账号")));
		mvc.perform(post("/org/staff/people/" + nurse + "/account/new").session(org).with(csrf())
			.param("username", "qian-baoyu").param("password", Institutions.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"new-account-form\"")))
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/org/staff/people/" + nurse + "/account/new").session(org).with(csrf())
			.param("username", "zhou-baojian").param("password", Institutions.PASSWORD))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT role FROM platform_account WHERE username = 'zhou-baojian'").query(String.class)
			.single()).isEqualTo("HEALTH_WORKER");
		mvc.perform(get("/org/staff/people/" + nurse).session(org))
			.andExpect(content().string(not(containsString("new-account-form"))));
	}

	private ResultActions openAccount(MockHttpSession session, UUID person, String username, String password)
			throws Exception {
		return mvc.perform(post("/api/v1/staff/people/" + person + "/account").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","password":"%s"}
					""".formatted(username, password)));
	}

	private ResultActions hire(MockHttpSession session, String name, String residentId, String role) throws Exception {
		return mvc.perform(post("/api/v1/staff").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","residentId":"%s","phone":"13812345678","role":"%s","startedOn":"2026-09-01"}
					""".formatted(name, residentId, role)));
	}

	private ResultActions certificate(MockHttpSession org, UUID person, String type, Integer level, LocalDate issued,
			LocalDate expires) throws Exception {
		return mvc.perform(post("/api/v1/staff/people/" + person + "/certificates").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"%s","level":%s,"number":"NO-%s","issuer":"无锡市卫生健康委员会","issuedOn":"%s","expiresOn":%s}
					""".formatted(type, level, type, issued, expires == null ? "null" : "\"" + expires + "\"")));
	}

	private ResultActions recordBan(String name, String residentId, String managers) throws Exception {
		return mvc.perform(post("/api/v1/bans").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","residentId":"%s","reason":"虐待婴幼儿","decisionDocument":"锡卫禁字〔2026〕1号",
					 "decidedOn":"2026-10-01","until":null,"managers":%s}
					""".formatted(name, residentId, managers == null ? "[]" : managers)));
	}

	private ResultActions check(MockHttpSession session, String residentId) throws Exception {
		return mvc.perform(post("/api/v1/bans/checks").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":\"" + residentId + "\"}"));
	}

	private MockHttpSession institution(String username) throws Exception {
		Institutions.register(mvc, admin, SERIAL.incrementAndGet(), username, LIANGXI_STREET);
		return Logins.login(mvc, username, Institutions.PASSWORD);
	}

	private MockHttpSession districtAdmin(String username, String division) throws Exception {
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"区管理员","role":"DISTRICT_ADMIN","divisionCode":"%s","password":"%s"}
					""".formatted(username, division, Institutions.PASSWORD)))
			.andExpect(status().isCreated());
		return Logins.login(mvc, username, Institutions.PASSWORD);
	}

	private UUID ownInstitution(MockHttpSession org) throws Exception {
		return UUID.fromString(json.readTree(mvc.perform(get("/api/v1/me").session(org)).andReturn().getResponse()
			.getContentAsString()).get("scope").get("institutionId").asString());
	}

	private UUID addClass(MockHttpSession org, UUID institution, String name, String type, int capacity)
			throws Exception {
		JsonNode detail = json.readTree(mvc.perform(get("/api/v1/institutions/" + institution).session(org))
			.andReturn().getResponse().getContentAsString());
		String site = detail.get("sites").get(0).get("id").asString();
		return id(mvc.perform(post("/api/v1/institutions/" + institution + "/classes").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"capacity\":%d}".formatted(site, name, type,
					capacity)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	private long audits(String action, UUID target) {
		return jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = :a AND target_id = :t")
			.param("a", action).param("t", target.toString()).query(Long.class).single();
	}

	private UUID id(String body) {
		return UUID.fromString(json.readTree(body).get("id").asString());
	}
}
