package org.tuoyu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
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
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class FilingWorkflowIntegrationTests {

	private static final String PASSWORD = "Institution2026";

	private static final AtomicInteger SERIAL = new AtomicInteger(7000);

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	WorkingDays workingDays;

	MockHttpSession admin;

	@BeforeEach
	void login() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private UUID institution(String username) throws Exception {
		String body = Institutions.json(CreditCodes.valid(SERIAL.incrementAndGet()),
				username, "320213025", "STANDALONE", 1, "");
		String answer = mvc.perform(post("/api/v1/institutions").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(json.readTree(answer).get("institution").get("id").asString());
	}

	private UUID open(MockHttpSession org, String kind) throws Exception {
		String answer = mvc.perform(post("/api/v1/filings").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"" + kind + "\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(json.readTree(answer).get("id").asString());
	}

	private ResultActions attach(MockHttpSession org, UUID filing, DocumentType type, String name, byte[] bytes)
			throws Exception {
		return mvc.perform(multipart("/api/v1/filings/" + filing + "/documents")
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("type", type.name())
			.session(org)
			.with(csrf()));
	}

	private void attachAll(MockHttpSession org, UUID filing) throws Exception {
		for (DocumentType type : DocumentType.values()) {
			byte[] bytes = type.ordinal() % 3 == 0 ? PDF : type.ordinal() % 3 == 1 ? PNG : JPG;
			attach(org, filing, type, type.name().toLowerCase() + ".bin", bytes).andExpect(status().isOk());
		}
	}

	private ResultActions action(MockHttpSession session, UUID filing, String action, String body) throws Exception {
		return mvc.perform(post("/api/v1/filings/" + filing + "/" + action).session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String institutionStatus(UUID id) {
		return jdbc.sql("SELECT status FROM institution_institution WHERE id = :id").param("id", id).query(String.class).single();
	}

	@Test
	void uploadsAreCheckedByTheirContentNotTheirName() throws Exception {
		institution("upload-org");
		MockHttpSession org = Logins.login(mvc, "upload-org", PASSWORD);
		UUID filing = open(org, "INITIAL");
		attach(org, filing, DocumentType.LICENCE, "licence.pdf", "just text, not a pdf".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("filing.document.type"));
		attach(org, filing, DocumentType.LICENCE, "licence.pdf", new byte[0])
			.andExpect(jsonPath("$.errors[0].code").value("filing.document.empty"));
		attach(org, filing, DocumentType.LICENCE, "scan.txt", PNG).andExpect(status().isOk())
			.andExpect(jsonPath("$.filing.documents[0].contentType").value("image/png"));
		assertThat(jdbc.sql("SELECT count(*) FROM institution_filing_document WHERE filing_id = :id")
			.param("id", filing)
			.query(Long.class)
			.single()).isEqualTo(1);
		action(org, filing, "submit", "{}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("还缺少 6 份材料，补齐后才能提交"));
		mvc.perform(post("/api/v1/filings").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INITIAL\"}"))
			.andExpect(jsonPath("$.errors[0].code").value("filing.open.alreadyOpen"));
	}

	@Test
	void aFilingIsReturnedWithReasonsThenFiledThenVerifiedWithItsHistoryKept() throws Exception {
		UUID id = institution("flow-org");
		MockHttpSession org = Logins.login(mvc, "flow-org", PASSWORD);
		UUID first = open(org, "INITIAL");
		attachAll(org, first);
		// A holiday on the next working day pushes the 5-working-day deadline one working day later.
		LocalDate today = TestClock.today();
		LocalDate holiday = workingDays.plusWorkingDays(today, 1);
		LocalDate without = workingDays.plusWorkingDays(today, 5);
		if (holiday.getDayOfWeek() != DayOfWeek.SATURDAY && holiday.getDayOfWeek() != DayOfWeek.SUNDAY) {
			jdbc.sql("INSERT INTO platform_calendar_day (day, kind, note) VALUES (:day, 'HOLIDAY', '测试假日') ON CONFLICT DO NOTHING")
				.param("day", java.sql.Date.valueOf(holiday))
				.update();
		}
		try {
			LocalDate expected = workingDays.plusWorkingDays(today, 5);
			assertThat(expected).isAfter(without);
			action(org, first, "submit", "{}").andExpect(status().isOk())
				.andExpect(jsonPath("$.filing.status").value("SUBMITTED"))
				.andExpect(jsonPath("$.filing.fileDeadline").value(expected.toString()))
				.andExpect(jsonPath("$.overdue").value(false));
		}
		finally {
			jdbc.sql("DELETE FROM platform_calendar_day WHERE note = '测试假日'").update();
		}
		mvc.perform(get("/api/v1/filings/queue").session(admin))
			.andExpect(jsonPath("$[?(@.filing.id == '" + first + "')].filing.institutionName").value("阳光宝贝托育中心 flow-org"));

		action(admin, first, "return", "{\"reasons\":\"\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("filing.return.reasonsRequired"));
		action(admin, first, "return", "{\"reasons\":\"消防安全检查合格证明已过期\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.filing.status").value("RETURNED"))
			.andExpect(jsonPath("$.filing.returnReasons").value("消防安全检查合格证明已过期"));
		action(admin, first, "file", "{}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("filing.notSubmitted"));
		assertThat(institutionStatus(id)).isEqualTo("DRAFT");
		mvc.perform(get("/api/v1/notifications").session(org))
			.andExpect(jsonPath("$[0].text").value("“阳光宝贝托育中心 flow-org”第 1 版备案被退回，请查看退回理由并修改后重新提交。"));

		UUID second = open(org, "INITIAL");
		attachAll(org, second);
		action(org, second, "submit", "{}").andExpect(status().isOk());
		action(admin, second, "file", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.filing.status").value("FILED"))
			.andExpect(jsonPath("$.filing.publishDeadline").isNotEmpty());
		assertThat(institutionStatus(id)).isEqualTo("FILED");
		action(admin, second, "verification", "{\"result\":\"NON_COMPLIANT\",\"note\":\"\"}")
			.andExpect(jsonPath("$.errors[0].code").value("filing.verify.noteRequired"));
		action(admin, second, "verification", "{\"result\":\"NON_COMPLIANT\",\"note\":\"户外活动场地不足\"}")
			.andExpect(status().isOk());
		assertThat(institutionStatus(id)).isEqualTo("FILED");
		mvc.perform(get("/directory/institutions/" + id))
			.andExpect(content().string(containsString("备案核查不合格：户外活动场地不足")));
		mvc.perform(get("/api/v1/notifications").session(org))
			.andExpect(jsonPath("$[0].text").value("“阳光宝贝托育中心 flow-org”第 2 版备案核查不合格，请查看问题并整改。"));
		action(admin, second, "verification", "{\"result\":\"COMPLIANT\"}")
			.andExpect(jsonPath("$.errors[0].code").value("filing.verify.already"));

		mvc.perform(get("/api/v1/institutions/" + id + "/filings").session(org))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].filing.version").value(2))
			.andExpect(jsonPath("$[1].filing.status").value("RETURNED"));
		for (String action : new String[] { "FILING_OPENED", "FILING_SUBMITTED", "FILING_RETURNED", "FILING_FILED",
				"FILING_VERIFIED" }) {
			assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = :a").param("a", action)
				.query(Long.class).single()).as(action).isPositive();
		}

		UUID cancellation = open(org, "CANCELLATION");
		attach(org, cancellation, DocumentType.FILING_FORM, "form.pdf", PDF).andExpect(status().isOk());
		action(org, cancellation, "submit", "{}").andExpect(status().isOk());
		action(admin, cancellation, "file", "{}").andExpect(status().isOk());
		assertThat(institutionStatus(id)).isEqualTo("CLOSED");
	}

	@Test
	void anotherDistrictCannotSeeOrDecideTheFilingAndOverdueOnesStandOut() throws Exception {
		institution("scope-org");
		MockHttpSession org = Logins.login(mvc, "scope-org", PASSWORD);
		UUID filing = open(org, "INITIAL");
		attachAll(org, filing);
		action(org, filing, "submit", "{}").andExpect(status().isOk());
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"filing-xishan","displayName":"锡山","role":"DISTRICT_ADMIN","divisionCode":"320205","password":"%s"}
					""".formatted(PASSWORD)))
			.andExpect(status().isCreated());
		MockHttpSession xishan = Logins.login(mvc, "filing-xishan", PASSWORD);
		mvc.perform(get("/api/v1/filings/" + filing).session(xishan)).andExpect(status().isNotFound());
		action(xishan, filing, "file", "{}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/filings/queue").session(xishan))
			.andExpect(jsonPath("$[?(@.filing.id == '" + filing + "')]").isEmpty());
		var firstDocument = json.readTree(mvc.perform(get("/api/v1/filings/" + filing).session(admin))
			.andReturn().getResponse().getContentAsString()).get("filing").get("documents").get(0);
		String document = firstDocument.get("id").asString();
		mvc.perform(get("/api/v1/filings/" + filing + "/documents/" + document).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().contentType(firstDocument.get("contentType").asString()));
		mvc.perform(get("/api/v1/filings/" + filing + "/documents/" + document).session(xishan))
			.andExpect(status().isNotFound());

		jdbc.sql("UPDATE institution_filing SET file_deadline = DATE '2020-01-02' WHERE id = :id").param("id", filing).update();
		mvc.perform(get("/api/v1/filings/queue").session(admin))
			.andExpect(jsonPath("$[?(@.filing.id == '" + filing + "')].overdue").value(true));
	}

	@Test
	void concurrentSubmissionsOfOneFilingSubmitItOnce() throws Exception {
		institution("twice-org");
		MockHttpSession org = Logins.login(mvc, "twice-org", PASSWORD);
		UUID filing = open(org, "INITIAL");
		attachAll(org, filing);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		java.util.List<java.util.concurrent.Callable<Integer>> tasks = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			tasks.add(() -> action(org, filing, "submit", "{}").andReturn().getResponse().getStatus());
		}
		int ok = 0;
		for (var result : pool.invokeAll(tasks)) {
			ok += result.get() == 200 ? 1 : 0;
		}
		pool.shutdown();
		assertThat(ok).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'FILING_SUBMITTED' AND target_id = :id")
			.param("id", filing.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}
}
