package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.platform.calendar.CalendarDay;
import org.tuoyu.platform.calendar.CityCalendar;
import org.tuoyu.shared.DayKind;
import org.tuoyu.supervision.internal.RiskSignal;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

/**
 * Complaints end to end: anonymous submission and tracking, routing to the district with its
 * deadline, scope, the district's handling up to the upheld event, and the abuse limits.
 */
@TuoyuTest
@RecordApplicationEvents
class ComplaintIntegrationTests {

	private static final String PASSWORD = "Complaint2026pass";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	CityCalendar calendar;

	@Autowired
	ComplaintManagement complaints;

	@Autowired
	List<RiskSignal> signals;

	@Autowired
	ApplicationEvents events;

	@Test
	void anyoneComplainsAnonymouslyAndFollowsItWithTheTrackingCodeOnly() throws Exception {
		UUID institution = filed(38_001, "sv-d-anon", "320205001");
		String answer = mvc.perform(post("/api/v1/public/complaints").with(client("10.38.1.1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"institutionId":"%s","category":"HYGIENE_FOOD","description":"午餐的饭菜是冷的，餐具没有消毒。"}
					""".formatted(institution)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingCode").value(org.hamcrest.Matchers.matchesPattern("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")))
			.andExpect(jsonPath("$.dueOn").value(workingDays.plusWorkingDays(complaints.today(), 15).toString()))
			.andExpect(jsonPath("$.id").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String code = json.readTree(answer).get("trackingCode").asString();

		mvc.perform(post("/api/v1/public/complaints/track").with(client("10.38.1.1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"%s\"}".formatted(code.toLowerCase().replace("-", " "))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.category").value("HYGIENE_FOOD"))
			.andExpect(jsonPath("$.receivedOn").value(complaints.today().toString()))
			.andExpect(jsonPath("$.description").doesNotExist())
			.andExpect(jsonPath("$.internalNote").doesNotExist());
		mvc.perform(post("/api/v1/public/complaints/track").with(client("10.38.1.1"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"trackingCode\":\"2345-6789-ABCD\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/directory/complaints/track").with(client("10.38.1.1")).with(csrf()).param("trackingCode", "2345-6789-ABCD"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("trackForm", "trackingCode", "supervision.complaint.track.unknown"));
		mvc.perform(post("/directory/complaints/track").with(client("10.38.1.1")).with(csrf()).param("trackingCode", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tracking-status\"")))
			.andExpect(content().string(containsString("已受理")));
		byte[] stored = jdbc.sql("SELECT tracking_index FROM supervision_complaint WHERE institution_id = :id")
			.param("id", institution).query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(code.replace("-", ""));
	}

	@Test
	void thePublicPageTakesPhotosAndAPhoneKeptEncryptedAndShowsTheCodeOnce() throws Exception {
		UUID institution = filed(38_002, "sv-d-page", "320205001");
		mvc.perform(get("/directory/institutions/" + institution))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/directory/complaints/new?institution=" + institution)));
		mvc.perform(get("/directory/complaints/new").param("institution", institution.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("阳光宝贝托育中心 sv-d-page")));

		mvc.perform(multipart("/directory/complaints").file(new MockMultipartFile("photos", "a.png", "image/png", PNG))
			.with(client("10.38.2.1")).with(csrf())
			.param("institutionId", institution.toString()).param("category", "SAFETY")
			.param("description", "楼梯护栏松动，孩子们每天从这里经过。").param("name", "王女士").param("phone", "137 0003 8002"))
			.andExpect(redirectedUrl("/directory/complaints/received"))
			.andExpect(flash().attributeExists("receipt"));
		var row = jdbc.sql("SELECT complainant_phone, division_code FROM supervision_complaint WHERE institution_id = :id")
			.param("id", institution).query().singleRow();
		assertThat(new String((byte[]) row.get("complainant_phone"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("13700038002");
		assertThat(row.get("division_code")).isEqualTo("320205001");
		assertThat(jdbc.sql("SELECT count(*) FROM supervision_complaint_photo p JOIN supervision_complaint c ON c.id = p.complaint_id WHERE c.institution_id = :id")
			.param("id", institution).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badSubmissionsAreRefusedWithTheReasonAndStoreNothing() throws Exception {
		UUID institution = filed(38_003, "sv-d-bad", "320205001");
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, large, 0, PNG.length);

		mvc.perform(multipart("/directory/complaints").file(new MockMultipartFile("photos", "big.png", "image/png", large))
			.with(client("10.38.3.1")).with(csrf())
			.param("institutionId", institution.toString()).param("category", "SAFETY")
			.param("description", "一段足够长的描述，说明发生了什么。"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("complaintForm", "photos", "supervision.complaint.photos.tooLarge"))
			.andExpect(content().string(containsString("每张照片不能超过2MB")));
		mvc.perform(multipart("/directory/complaints").with(client("10.38.3.1")).with(csrf())
			.param("institutionId", institution.toString()).param("category", "SAFETY").param("description", "太短"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("complaintForm", "description", "supervision.complaint.description.length"));
		mvc.perform(multipart("/directory/complaints").with(client("10.38.3.1")).with(csrf())
			.param("institutionId", institution.toString()).param("category", "SAFETY")
			.param("description", "一段足够长的描述，说明发生了什么。").param("website", "http://spam.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("提交未被受理")));
		mvc.perform(multipart("/api/v1/public/complaints").file(new MockMultipartFile("photos", "x.gif", "image/png", "GIF89a..".getBytes()))
			.with(client("10.38.3.2"))
			.param("institutionId", institution.toString()).param("category", "FEES")
			.param("description", "一段足够长的描述，说明发生了什么。").param("phone", "12345"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		mvc.perform(multipart("/api/v1/public/complaints").file(new MockMultipartFile("photos", "x.gif", "image/png", "GIF89a..".getBytes()))
			.with(client("10.38.3.2"))
			.param("institutionId", institution.toString()).param("category", "FEES")
			.param("description", "一段足够长的描述，说明发生了什么。"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("photos"));
		mvc.perform(post("/api/v1/public/complaints").with(client("10.38.3.2")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"institutionId\":\"%s\",\"category\":\"FEES\",\"description\":\"一段足够长的描述，说明发生了什么。\"}"
				.formatted(UUID.randomUUID())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("institutionId"));
		assertThat(count(institution)).isZero();
	}

	@Test
	void aClientMayNotSubmitMoreThanFiveComplaintsAnHour() throws Exception {
		UUID institution = filed(38_004, "sv-d-rate", "320205002");
		String body = "{\"institutionId\":\"%s\",\"category\":\"OTHER\",\"description\":\"同一个客户端反复提交的举报内容。\"}"
			.formatted(institution);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/public/complaints").with(client("10.38.4.1")).contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/public/complaints").with(client("10.38.4.1")).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:too-many-requests"));
		mvc.perform(multipart("/directory/complaints").with(client("10.38.4.1")).with(csrf())
			.param("institutionId", institution.toString()).param("category", "OTHER")
			.param("description", "同一个客户端反复提交的举报内容。"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("请求过于频繁")));
		mvc.perform(post("/api/v1/public/complaints").with(client("10.38.4.2")).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
		assertThat(count(institution)).isEqualTo(6);
	}

	@Test
	void theDeadlineCountsWorkingDaysOfTheCityCalendar() {
		LocalDate monday = LocalDate.of(2031, 3, 3);
		assertThat(complaints.dueOn(monday)).isEqualTo(LocalDate.of(2031, 3, 24));
		calendar.put(new CalendarDay(LocalDate.of(2031, 3, 5), DayKind.HOLIDAY, "测试假日"));
		try {
			assertThat(complaints.dueOn(monday)).isEqualTo(LocalDate.of(2031, 3, 25));
		}
		finally {
			calendar.remove(LocalDate.of(2031, 3, 5));
		}
	}

	@Test
	void theDistrictHandlesComplaintsInItsAreaAndAnUpheldOneIsPublished() throws Exception {
		UUID institution = filed(38_005, "sv-d-handled", "320205106");
		String code = json.readTree(mvc.perform(multipart("/api/v1/public/complaints")
			.file(new MockMultipartFile("photos", "a.png", "image/png", PNG))
			.with(client("10.38.5.1"))
			.param("institutionId", institution.toString()).param("category", "SUSPECTED_ABUSE")
			.param("description", "看到老师拉扯孩子的手臂，孩子一直在哭。").param("name", "李先生").param("phone", "13700038005"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("trackingCode").asString();
		UUID id = jdbc.sql("SELECT id FROM supervision_complaint WHERE institution_id = :id").param("id", institution)
			.query(UUID.class).single();
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		MockHttpSession xishan = Officers.signedIn(mvc, admin, "sv-d-xishan-c", "DISTRICT_ADMIN", "320205", PASSWORD);
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "sv-d-liangxi-c", "DISTRICT_ADMIN", "320213", PASSWORD);
		MockHttpSession street = Officers.signedIn(mvc, admin, "sv-d-street-c", "STREET_OFFICER", "320205106", PASSWORD);

		mvc.perform(get("/api/v1/supervision/complaints").session(xishan).param("institutionId", institution.toString()))
			.andExpect(jsonPath("$[0].id").value(id.toString()))
			.andExpect(jsonPath("$[0].status").value("RECEIVED"))
			.andExpect(jsonPath("$[0].complainantPhone").doesNotExist());
		mvc.perform(get("/api/v1/supervision/complaints").session(liangxi).param("institutionId", institution.toString()))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/supervision/complaints/" + id).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/supervision/complaints/" + id).session(liangxi)).andExpect(status().isNotFound());
		String photo = json.readTree(mvc.perform(get("/api/v1/supervision/complaints/" + id).session(xishan))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complainantName").value("李先生"))
			.andExpect(jsonPath("$.complainantPhone").value("137****8005"))
			.andReturn().getResponse().getContentAsString()).get("photoIds").get(0).asString();
		mvc.perform(get("/api/v1/supervision/complaints/" + id + "/photos/" + photo).session(liangxi))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/supervision/complaints/" + id + "/photos/" + photo).session(xishan))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'COMPLAINT_PERSONAL_DATA_READ' AND target_id = :id")
			.param("id", id.toString()).query(Long.class).single()).isEqualTo(1);

		mvc.perform(post("/api/v1/supervision/complaints/" + id + "/decision").session(xishan).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"upheld\":true,\"publicReply\":\"属实\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/admin/supervision/complaints/" + id + "/investigation").session(street).with(csrf())
			.param("internalNote", "已约谈园长，调取监控"))
			.andExpect(redirectedUrl("/admin/supervision/complaints/" + id));
		mvc.perform(post("/api/v1/supervision/complaints/" + id + "/decision").session(street).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"upheld\":true,\"publicReply\":\"属实\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/admin/supervision/complaints/" + id + "/decision").session(xishan).with(csrf())
			.param("upheld", "true").param("publicReply", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("handlingForm", "publicReply", "supervision.complaint.reply.required"));
		assertThat(events.stream(ComplaintUpheld.class)).isEmpty();

		mvc.perform(post("/api/v1/supervision/complaints/" + id + "/decision").session(xishan).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"upheld\":true,\"publicReply\":\"经调查举报属实，已责令整改并处罚。\",\"internalNote\":\"监控显示确有拉扯\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complaint.status").value("UPHELD"));
		assertThat(events.stream(ComplaintUpheld.class))
			.containsExactly(new ComplaintUpheld(id, institution, complaints.today()));

		mvc.perform(post("/api/v1/public/complaints/track").with(client("10.38.5.1")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"%s\"}".formatted(code)))
			.andExpect(jsonPath("$.status").value("UPHELD"))
			.andExpect(jsonPath("$.publicReply").value("经调查举报属实，已责令整改并处罚。"))
			.andExpect(content().string(not(containsString("监控"))));
		RiskSignal risk = signals.stream().filter(s -> s.name().equals("complaints")).findFirst().orElseThrow();
		assertThat(risk.factors(List.of(institution), complaints.today()).get(institution)).isEqualByComparingTo("1.3");
	}

	@Test
	void theQueueHighlightsOverdueComplaintsAndFilters() throws Exception {
		UUID institution = filed(38_006, "sv-d-overdue", "320205400");
		mvc.perform(post("/api/v1/public/complaints").with(client("10.38.6.1")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"institutionId\":\"%s\",\"category\":\"STAFF\",\"description\":\"保育员没有健康证就上岗了。\"}"
				.formatted(institution)))
			.andExpect(status().isCreated());
		jdbc.sql("UPDATE supervision_complaint SET received_on = :today - 40, due_on = :today - 10 WHERE institution_id = :id").param("today", TestClock.today())
			.param("id", institution).update();
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		MockHttpSession xishan = Officers.signedIn(mvc, admin, "sv-d-xishan-q", "DISTRICT_ADMIN", "320205", PASSWORD);

		mvc.perform(get("/admin/supervision/complaints").session(xishan).param("overdue", "true").param("category", "STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("table-danger overdue")))
			.andExpect(content().string(containsString("阳光宝贝托育中心 sv-d-overdue")));
		mvc.perform(get("/api/v1/supervision/complaints").session(xishan).param("overdue", "true")
			.param("institutionId", institution.toString()))
			.andExpect(jsonPath("$[0].overdue").value(true));
		mvc.perform(get("/api/v1/supervision/complaints").session(xishan).param("status", "UPHELD")
			.param("institutionId", institution.toString()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void twoOfficersDecidingAtOnceDecideItOnce() throws Exception {
		UUID institution = filed(38_007, "sv-d-race", "320205401");
		mvc.perform(post("/api/v1/public/complaints").with(client("10.38.7.1")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"institutionId\":\"%s\",\"category\":\"FEES\",\"description\":\"额外收取了两千元的教材费。\"}"
				.formatted(institution)))
			.andExpect(status().isCreated());
		UUID id = jdbc.sql("SELECT id FROM supervision_complaint WHERE institution_id = :id").param("id", institution)
			.query(UUID.class).single();
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		MockHttpSession first = Officers.signedIn(mvc, admin, "sv-d-race-1", "DISTRICT_ADMIN", "320205", PASSWORD);
		MockHttpSession second = Officers.signedIn(mvc, admin, "sv-d-race-2", "DISTRICT_ADMIN", "320205", PASSWORD);
		mvc.perform(post("/api/v1/supervision/complaints/" + id + "/investigation").session(first).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());

		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Integer>> answers = List.of(first, second).stream()
				.map(session -> pool.submit(() -> {
					start.await();
					return mvc.perform(post("/api/v1/supervision/complaints/" + id + "/decision").session(session).with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"upheld\":%s,\"publicReply\":\"已核查\"}".formatted(session == first)))
						.andReturn().getResponse().getStatus();
				}))
				.toList();
			start.countDown();
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var answer : answers) {
				statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 422);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("""
				SELECT count(*) FROM platform_audit_event WHERE target_id = :id AND action IN ('COMPLAINT_UPHELD', 'COMPLAINT_NOT_UPHELD')
				""").param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
	}

	private UUID filed(int serial, String username, String street) throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		return Institutions.filedWithClass(mvc, jdbc, admin, serial, username, street, "一班", "TODDLER", 10).id();
	}

	private long count(UUID institution) {
		return jdbc.sql("SELECT count(*) FROM supervision_complaint WHERE institution_id = :id").param("id", institution)
			.query(Long.class).single();
	}

	private static RequestPostProcessor client(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
