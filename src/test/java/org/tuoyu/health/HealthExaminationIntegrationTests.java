package org.tuoyu.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admission and periodic examinations, their schedule, the admission rule at check-in, immunisation. */
@TuoyuTest
class HealthExaminationIntegrationTests {

	private static final String PASSWORD = "Checks2026pass";

	private static final LocalDate TODAY = TestClock.today();

	private static final byte[] PDF = "%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Autowired
	Immunisations immunisations;

	/** An institution with one class: its administrator, its health worker, the class. */
	private record Place(UUID id, MockHttpSession org, MockHttpSession worker, String classId) {
	}

	private record Family(MockHttpSession guardian, UUID child) {
	}

	private EnrollmentFixtures fixtures() {
		return new EnrollmentFixtures(mvc, json, jdbc);
	}

	private MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private Place place(int serial, String username) throws Exception {
		UUID id = fixtures().filedInstitution(admin(), serial, username, "TODDLER", 15);
		MockHttpSession org = Logins.login(mvc, username, Institutions.PASSWORD);
		var head = accountRows.findByUsername(username).orElseThrow();
		CurrentUser creator = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				DataScope.institution(id));
		accounts.createInstitutionAccount(creator, username + "-hw", "保健员 " + username, Role.HEALTH_WORKER, id,
				DivisionCode.of("320213021"), PASSWORD);
		accounts.createInstitutionAccount(creator, username + "-care", "保育员 " + username, Role.CAREGIVER, id,
				DivisionCode.of("320213021"), PASSWORD);
		return new Place(id, org, Logins.login(mvc, username + "-hw", PASSWORD), fixtures().firstClass(org, id));
	}

	private Family family(Place place, String phone, String name, LocalDate birth) throws Exception {
		MockHttpSession guardian = fixtures().guardian(phone);
		UUID child = fixtures().child(guardian, name, birth);
		fixtures().offer(place.org(), fixtures().applyTo(guardian, child, TODAY, place.id()), place.classId());
		fixtures().acceptOpenOffer(guardian);
		return new Family(guardian, child);
	}

	private ResultActions examination(MockHttpSession user, UUID child, String kind, LocalDate on, boolean passed,
			String haemoglobin, byte[] document) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/health/examinations");
		if (document != null) {
			request.file(new MockMultipartFile("document", "report.pdf", "application/pdf", document));
		}
		request.param("childId", child.toString()).param("kind", kind).param("examinedOn", on.toString())
			.param("passed", String.valueOf(passed)).param("doctorName", "周医生").param("facility", "区妇幼保健院")
			.param("hearing", "PASS");
		if (haemoglobin != null) {
			request.param("haemoglobin", haemoglobin);
		}
		return mvc.perform(request.session(user).with(csrf()));
	}

	private ResultActions checkIn(MockHttpSession user, UUID child) throws Exception {
		return mvc.perform(post("/api/v1/attendance/check-ins").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"childId\":\"%s\"}".formatted(child)));
	}

	private long examinations(UUID child) {
		return jdbc.sql("SELECT count(*) FROM health_examination WHERE child_id = :c").param("c", child)
			.query(Long.class).single();
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	@Test
	void anExaminationIsRefusedWithTheFieldOfEachBrokenRuleAndNothingIsWritten() throws Exception {
		Place place = place(29_001, "checks-valid");
		UUID child = family(place, "13700009001", "体检宝宝", TODAY.minusMonths(16)).child();

		examination(place.worker(), child, "PERIODIC", TODAY.plusDays(1), true, null, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("examinedOn"))
			.andExpect(jsonPath("$.errors[0].message").value("日期不能晚于今天"));
		examination(place.worker(), child, "PERIODIC", TODAY, true, "30", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("haemoglobin"))
			.andExpect(jsonPath("$.errors[0].message").value("血红蛋白须在50到200 g/L之间"));
		examination(place.worker(), child, "PERIODIC", TODAY, true, "201", null)
			.andExpect(jsonPath("$.errors[0].field").value("haemoglobin"));
		examination(place.worker(), child, "ADMISSION", TODAY, true, "120", null)
			.andExpect(jsonPath("$.errors[0].field").value("document"))
			.andExpect(jsonPath("$.errors[0].code").value("health.document.required"));
		examination(place.worker(), child, "ADMISSION", TODAY, true, "120", "GIF89a".getBytes(StandardCharsets.US_ASCII))
			.andExpect(jsonPath("$.errors[0].field").value("document"))
			.andExpect(jsonPath("$.errors[0].code").value("health.document.type"));
		mvc.perform(post("/api/v1/health/examinations").session(place.worker()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"childId":"%s","kind":"PERIODIC","examinedOn":"%s","passed":true,"doctorName":" "}
					""".formatted(child, TODAY)))
			.andExpect(jsonPath("$.errors[0].field").value("doctorName"));
		assertThat(examinations(child)).isZero();

		// the page shows the message beside the field
		mvc.perform(multipart("/org/health/examinations").session(place.worker()).with(csrf())
			.param("childId", child.toString()).param("kind", "PERIODIC").param("examinedOn", TODAY.toString())
			.param("passed", "true").param("doctorName", "周医生").param("haemoglobin", "300"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("血红蛋白须在50到200 g/L之间")))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(examinations(child)).isZero();

		examination(place.worker(), child, "ADMISSION", TODAY, true, "118", PDF).andExpect(status().isCreated());
		examination(place.org(), child, "PERIODIC", TODAY, true, null, null).andExpect(status().isCreated());
		assertThat(examinations(child)).isEqualTo(2);
	}

	@Test
	void onlyTheKeepersOfTheChildsInstitutionRecordAndGuardiansAndOfficersInScopeRead() throws Exception {
		Place place = place(29_002, "checks-scope");
		Place other = place(29_003, "checks-scope-other");
		Family family = family(place, "13700009002", "范围宝宝", TODAY.minusMonths(20));
		MockHttpSession stranger = fixtures().guardian("13700009003");
		MockHttpSession caregiver = Logins.login(mvc, "checks-scope-care", PASSWORD);

		examination(caregiver, family.child(), "PERIODIC", TODAY, true, null, null).andExpect(status().isNotFound());
		examination(other.worker(), family.child(), "PERIODIC", TODAY, true, null, null).andExpect(status().isNotFound());
		examination(family.guardian(), family.child(), "PERIODIC", TODAY, true, null, null)
			.andExpect(status().isNotFound());
		String id = body(examination(place.worker(), family.child(), "ADMISSION", TODAY, true, "121", PDF)
			.andExpect(status().isCreated())).get("id").asString();

		MockHttpSession admin = admin();
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "checks-liangxi", "DISTRICT_ADMIN", "320213", PASSWORD);
		MockHttpSession huishan = Officers.signedIn(mvc, admin, "checks-huishan", "DISTRICT_ADMIN", "320206", PASSWORD);
		for (MockHttpSession reader : new MockHttpSession[] { place.worker(), family.guardian(), liangxi }) {
			mvc.perform(get("/api/v1/health/examinations").param("childId", family.child().toString()).session(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].kind").value("ADMISSION"))
				.andExpect(jsonPath("$[0].haemoglobin").value(121))
				.andExpect(jsonPath("$[0].hasDocument").value(true));
		}
		mvc.perform(get("/api/v1/health/examinations/" + id + "/document").session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/family/health/examinations/" + id + "/document").session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/org/health/examinations/" + id + "/document").session(place.worker()))
			.andExpect(status().isOk());
		mvc.perform(get("/org/health/examinations").param("childId", family.child().toString()).session(place.worker()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/org/health/examinations/" + id + "/document")));
		for (MockHttpSession outsider : new MockHttpSession[] { stranger, huishan, other.worker(), caregiver }) {
			mvc.perform(get("/api/v1/health/examinations").param("childId", family.child().toString()).session(outsider))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/health/examinations/" + id + "/document").session(outsider))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/family/children/" + family.child() + "/health").session(family.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("入托体检")))
			.andExpect(content().string(containsString("周医生")));
		mvc.perform(get("/family/children/" + family.child() + "/health").session(stranger))
			.andExpect(status().isNotFound());
	}

	@Test
	void aChildNeverHereIsCheckedInOnlyAfterAPassedAdmissionCheck() throws Exception {
		Place place = place(29_004, "checks-admission");
		Family family = family(place, "13700009004", "新生宝宝", TODAY.minusMonths(14));

		mvc.perform(get("/org/attendance/classes/" + place.classId()).session(place.org()))
			.andExpect(content().string(containsString("admission-needed")));
		checkIn(place.org(), family.child()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("attendance.admission.required"))
			.andExpect(jsonPath("$.errors[0].message").value("新生宝宝 还没有通过入托体检，不能签到"));
		mvc.perform(post("/org/attendance/classes/" + place.classId() + "/children/" + family.child() + "/in")
			.session(place.org()).with(csrf()))
			.andExpect(flash().attribute("flashError", "attendance.admission.required"));
		String token = body(mvc.perform(post("/api/v1/attendance/devices").session(place.org()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"大门刷卡机\"}"))
			.andExpect(status().isCreated())).get("token").asString();
		mvc.perform(post("/api/v1/devices/check-ins").param("childId", family.child().toString())
			.header("Authorization", "Bearer " + token))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].message").value("新生宝宝 还没有通过入托体检，不能签到"));

		examination(place.worker(), family.child(), "ADMISSION", TODAY, false, null, PDF).andExpect(status().isCreated());
		checkIn(place.org(), family.child()).andExpect(jsonPath("$.errors[0].code").value("attendance.admission.required"));
		assertThat(jdbc.sql("SELECT count(*) FROM attendance_visit WHERE child_id = :c").param("c", family.child())
			.query(Long.class).single()).isZero();

		examination(place.worker(), family.child(), "ADMISSION", TODAY, true, null, PDF).andExpect(status().isCreated());
		mvc.perform(get("/org/attendance/classes/" + place.classId()).session(place.org()))
			.andExpect(content().string(not(containsString("admission-needed"))));
		checkIn(place.org(), family.child()).andExpect(status().isNoContent());
	}

	@Test
	void theClassPageShowsWhyAChildWithoutAnAdmissionCheckIsNotCheckedIn() throws Exception {
		Place place = place(29_005, "checks-tablet");
		Family family = family(place, "13700009005", "平板宝宝", TODAY.minusMonths(14));
		var flashed = mvc.perform(post("/org/attendance/classes/" + place.classId() + "/children/" + family.child() + "/in")
			.session(place.org()).with(csrf())).andReturn().getFlashMap();
		var request = get("/org/attendance/classes/" + place.classId()).session(place.org());
		flashed.forEach(request::flashAttr);
		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("平板宝宝 还没有通过入托体检，不能签到")));
	}

	@Test
	void theScheduleCountsFromTheLastCheckAndListsTheOverdue() throws Exception {
		Place place = place(29_006, "checks-schedule");
		UUID overdue = family(place, "13700009006", "逾期宝宝", TODAY.minusMonths(20)).child();
		UUID infant = family(place, "13700009007", "乳儿宝宝", TODAY.minusMonths(13)).child();
		UUID none = family(place, "13700009008", "未检宝宝", TODAY.minusMonths(18)).child();
		// checked at 13 months: due 6 months later, a month ago
		examination(place.worker(), overdue, "ADMISSION", TODAY.minusMonths(7), true, null, PDF)
			.andExpect(status().isCreated());
		// checked at 11 months: due 3 months later, in a month
		examination(place.worker(), infant, "ADMISSION", TODAY.minusMonths(2), true, null, PDF)
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/health/examinations/schedule").session(place.worker()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.childName == '逾期宝宝')].dueOn").value(org.hamcrest.Matchers
				.contains(TODAY.minusMonths(7).plusMonths(6).toString())))
			.andExpect(jsonPath("$[?(@.childName == '乳儿宝宝')].dueOn").value(org.hamcrest.Matchers
				.contains(TODAY.minusMonths(2).plusMonths(3).toString())))
			.andExpect(jsonPath("$[?(@.childName == '未检宝宝')].admitted").value(org.hamcrest.Matchers.contains(false)));
		JsonNode list = body(mvc.perform(get("/api/v1/health/examinations/overdue").session(place.org())));
		assertThat(list.size()).isEqualTo(1);
		assertThat(list.get(0).get("childId").asString()).isEqualTo(overdue.toString());
		assertThat(none).isNotNull();
		mvc.perform(get("/api/v1/health/examinations/overdue").session(Logins.login(mvc, "checks-schedule-care", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/org/health/examinations").session(place.worker()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("逾期宝宝")))
			.andExpect(content().string(containsString("逾期 1 人")));

		examination(place.worker(), overdue, "PERIODIC", TODAY, true, "125", null).andExpect(status().isCreated());
		assertThat(body(mvc.perform(get("/api/v1/health/examinations/overdue").session(place.worker()))).size()).isZero();
	}

	@Test
	void catchUpRemindersReachTheGuardiansAtMostOnceAWeek() throws Exception {
		Place place = place(29_007, "checks-vaccines");
		Family family = family(place, "13700009009", "补种宝宝", TODAY.minusMonths(14));
		Family later = family(place, "13700009010", "晚些宝宝", TODAY.minusMonths(14));

		mvc.perform(multipart("/api/v1/health/immunisations").session(place.worker()).with(csrf())
			.param("childId", family.child().toString()).param("status", "CATCH_UP_NEEDED")
			.param("recordedOn", TODAY.toString()).param("catchUpDue", TODAY.plusDays(5).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("vaccines"));
		mvc.perform(multipart("/api/v1/health/immunisations").session(place.worker()).with(csrf())
			.param("childId", family.child().toString()).param("status", "CATCH_UP_NEEDED").param("vaccines", "麻腮风疫苗")
			.param("recordedOn", TODAY.toString()).param("catchUpDue", TODAY.plusDays(5).toString()))
			.andExpect(jsonPath("$.errors[0].field").value("certificate"));
		recordCatchUp(place, family.child(), TODAY.plusDays(5));
		recordCatchUp(place, later.child(), TODAY.plusDays(60));

		assertThat(immunisations.sendReminders()).isEqualTo(1);
		assertThat(immunisations.sendReminders()).isZero();
		assertThat(body(mvc.perform(get("/api/v1/notifications").session(family.guardian()))).toString())
			.contains("补种宝宝需要补种疫苗：麻腮风疫苗，请在" + TODAY.plusDays(5) + "前完成补种");
		assertThat(body(mvc.perform(get("/api/v1/notifications").session(later.guardian()))).toString())
			.doesNotContain("补种");

		jdbc.sql("UPDATE health_immunisation SET reminder_sent_at = :now - interval '6 days' WHERE child_id = :c").param("now", TestClock.nowInCity())
			.param("c", family.child()).update();
		assertThat(immunisations.sendReminders()).isZero();
		jdbc.sql("UPDATE health_immunisation SET reminder_sent_at = :now - interval '7 days 1 minute' WHERE child_id = :c").param("now", TestClock.nowInCity())
			.param("c", family.child()).update();
		assertThat(immunisations.sendReminders()).isEqualTo(1);

		mvc.perform(get("/api/v1/health/immunisations/" + family.child()).session(family.guardian()))
			.andExpect(jsonPath("$.status").value("CATCH_UP_NEEDED"))
			.andExpect(jsonPath("$.hasCertificate").value(true));
		mvc.perform(get("/api/v1/health/immunisations/" + family.child() + "/certificate").session(later.guardian()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/family/children/" + family.child() + "/health").session(family.guardian()))
			.andExpect(content().string(containsString("需要补种")))
			.andExpect(content().string(containsString("麻腮风疫苗")));

		// up to date now: no more reminders, the certificate on file is kept
		mvc.perform(post("/api/v1/health/immunisations").session(place.worker()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"childId":"%s","status":"UP_TO_DATE","recordedOn":"%s"}
					""".formatted(family.child(), TODAY)))
			.andExpect(status().isNoContent());
		jdbc.sql("UPDATE health_immunisation SET reminder_sent_at = NULL").update();
		assertThat(immunisations.sendReminders()).isZero();
		mvc.perform(get("/org/health/immunisations").session(place.worker()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("补种宝宝")));
	}

	private void recordCatchUp(Place place, UUID child, LocalDate due) throws Exception {
		mvc.perform(multipart("/api/v1/health/immunisations")
			.file(new MockMultipartFile("certificate", "card.pdf", "application/pdf", PDF))
			.session(place.worker()).with(csrf()).param("childId", child.toString()).param("status", "CATCH_UP_NEEDED")
			.param("vaccines", "麻腮风疫苗").param("recordedOn", TODAY.toString()).param("catchUpDue", due.toString()))
			.andExpect(status().isNoContent());
	}
}
