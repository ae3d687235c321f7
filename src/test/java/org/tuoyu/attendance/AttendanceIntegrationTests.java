package org.tuoyu.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.attendance.internal.RatioWatch;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.HealthFixtures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

/** Check-in and check-out, pick-ups, absences, re-examination and live ratios, over HTTP. */
@TuoyuTest
class AttendanceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RatioWatch watch;

	@Autowired
	JsonMapper json;

	private EnrollmentFixtures fixtures() {
		return new EnrollmentFixtures(mvc, json, jdbc);
	}

	/** A class with children placed today: the institution's session, its class and the families. */
	private record Setting(UUID institution, MockHttpSession org, String classId, List<MockHttpSession> guardians,
			List<UUID> children) {
	}

	private Setting setting(int serial, String username, int children, String phonePrefix) throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = fixtures().filedInstitution(admin, serial, username, "TODDLER", 15);
		MockHttpSession org = Logins.login(mvc, username, Institutions.PASSWORD);
		String classId = fixtures().firstClass(org, institution);
		LocalDate today = TestClock.today();
		List<MockHttpSession> guardians = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < children; i++) {
			MockHttpSession guardian = fixtures().guardian(phonePrefix + "%02d".formatted(i));
			UUID child = fixtures().child(guardian, "考勤宝宝" + i, today.minusMonths(15));
			fixtures().offer(org, fixtures().applyTo(guardian, child, today, institution), classId);
			fixtures().acceptOpenOffer(guardian);
			HealthFixtures.admitted(jdbc, child);
			guardians.add(guardian);
			ids.add(child);
		}
		return new Setting(institution, org, classId, guardians, ids);
	}

	private UUID caregiver(MockHttpSession org, String classId, int serial, String name) throws Exception {
		UUID person = UUID.fromString(json.readTree(mvc.perform(post("/api/v1/staff").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","residentId":"%s","phone":"13812345678","role":"CAREGIVER","startedOn":"2026-09-01"}
					""".formatted(name, ResidentIds.valid(serial))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
		mvc.perform(put("/api/v1/staff/people/" + person + "/classes/" + classId).session(org).with(csrf()))
			.andExpect(status().is2xxSuccessful());
		return person;
	}

	private ResultActions checkIn(MockHttpSession org, UUID child) throws Exception {
		return mvc.perform(post("/api/v1/attendance/check-ins").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"childId\":\"%s\"}".formatted(child)));
	}

	private ResultActions checkOut(MockHttpSession org, UUID child, Object pickedUpBy) throws Exception {
		return mvc.perform(post("/api/v1/attendance/check-outs").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"%s\",\"pickedUpBy\":%s}".formatted(child,
					pickedUpBy == null ? "null" : "\"" + pickedUpBy + "\"")));
	}

	@Test
	void aChildGoesHomeOnlyWithAGuardianOrAnAuthorisedPersonAndTheGuardiansHearOfAnyoneElse() throws Exception {
		Setting s = setting(27_001, "attend-pickup", 1, "137000070");
		MockHttpSession guardian = s.guardians().get(0);
		UUID child = s.children().get(0);
		String grandma = json.readTree(mvc.perform(post("/api/v1/family/children/" + child + "/pickups").session(guardian)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"陈外婆\",\"relation\":\"外婆\",\"phone\":\"13512345678\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

		checkIn(s.org(), child).andExpect(status().isNoContent());
		checkIn(s.org(), child).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("attendance.checkIn.already"));
		checkOut(s.org(), child, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("pickedUpBy"));
		checkOut(s.org(), child, UUID.randomUUID()).andExpect(jsonPath("$.errors[0].code").value("attendance.pickup.choose"));

		mvc.perform(post("/org/attendance/classes/" + s.classId() + "/children/" + child + "/refuse").session(s.org())
			.with(csrf()).param("personName", "张三"))
			.andExpect(redirectedUrl("/org/attendance/classes/" + s.classId()));
		mvc.perform(get("/notifications").session(guardian))
			.andExpect(content().string(containsString("张三")))
			.andExpect(content().string(containsString("不在授权接送名单中")));

		checkOut(s.org(), child, grandma).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/attendance/classes/" + s.classId()).session(s.org()))
			.andExpect(jsonPath("$.children[0].status").value("LEFT"))
			.andExpect(jsonPath("$.children[0].pickedUpBy").value("陈外婆"))
			.andExpect(jsonPath("$.ratio.children").value(0));
		checkOut(s.org(), child, grandma).andExpect(jsonPath("$.errors[0].code").value("attendance.checkOut.notIn"));

		// the next day's check-in is a new visit; the guardian may pick up too
		checkIn(s.org(), child).andExpect(status().isNoContent());
		String guardianAccount = jdbc.sql("SELECT account_id FROM family_guardianship WHERE child_id = :c")
			.param("c", child).query(String.class).single();
		checkOut(s.org(), child, guardianAccount).andExpect(status().isNoContent());

		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		fixtures().filedInstitution(admin, 27_002, "attend-stranger", "TODDLER", 5);
		MockHttpSession stranger = Logins.login(mvc, "attend-stranger", Institutions.PASSWORD);
		checkIn(stranger, child).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/attendance/classes/" + s.classId()).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/org/attendance/classes/" + s.classId()).session(s.org()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("考勤宝宝0")));

		// the day's roll has both visits; the month counts the day once
		LocalDate today = TestClock.today();
		mvc.perform(get("/api/v1/attendance/roll").param("day", today.toString()).session(s.org()))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].pickedUpBy").value("陈外婆"));
		mvc.perform(get("/api/v1/attendance/monthly").param("month", java.time.YearMonth.from(today).toString())
			.session(s.org()))
			.andExpect(jsonPath("$[0].daysAttended").value(1));
		mvc.perform(get("/api/v1/attendance/roll").param("day", today.toString())
			.param("institutionId", s.institution().toString()).session(stranger))
			.andExpect(status().isNotFound());
		mvc.perform(get("/org/attendance/roll").session(s.org())).andExpect(content().string(containsString("陈外婆")));
		mvc.perform(get("/org/attendance/monthly").session(s.org())).andExpect(status().isOk());
		byte[] workbook = mvc.perform(get("/org/attendance/roll.xlsx").session(s.org())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(workbook))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("考勤宝宝0");
			assertThat(book.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("陈外婆");
		}
		mvc.perform(get("/org/attendance/monthly.xlsx").session(s.org())).andExpect(status().isOk());
	}

	@Test
	void guardiansReportAbsencesAndAChildAwayThreeMonthsNeedsAReexamination() throws Exception {
		Setting s = setting(27_003, "attend-absence", 2, "137000071");
		MockHttpSession guardian = s.guardians().get(0);
		UUID child = s.children().get(0);
		LocalDate today = TestClock.today();
		String illness = """
				{"childId":"%s","firstDay":"%s","lastDay":"%s","reason":"ILLNESS","symptoms":%s}
				""";
		mvc.perform(post("/api/v1/family/absences").session(guardian).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(illness.formatted(child, today, today.plusDays(1), "[]")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("symptoms"));
		mvc.perform(post("/api/v1/family/absences").session(guardian).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(illness.formatted(child, today, today.minusDays(1), "[\"FEVER\"]")))
			.andExpect(jsonPath("$.errors[0].field").value("lastDay"));
		mvc.perform(post("/api/v1/family/absences").session(s.guardians().get(1)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(illness.formatted(child, today, today, "[\"FEVER\"]")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/family/absences").session(guardian).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(illness.formatted(child, today, today.plusDays(1), "[\"FEVER\",\"COUGH\"]")))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/family/absences").session(guardian))
			.andExpect(jsonPath("$[0].symptoms.length()").value(2));

		String expected = LocalTime.now(TestClock.get()).isBefore(LocalTime.of(9, 30)) ? "EXPECTED" : "UNEXPLAINED";
		mvc.perform(get("/api/v1/attendance/classes/" + s.classId()).session(s.org()))
			.andExpect(jsonPath("$.children[?(@.name == '考勤宝宝0')].status").value(org.hamcrest.Matchers.contains("ABSENT")))
			.andExpect(jsonPath("$.children[?(@.name == '考勤宝宝1')].status").value(org.hamcrest.Matchers.contains(expected)));
		mvc.perform(post("/api/v1/attendance/follow-ups").session(s.org()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"childId\":\"%s\",\"note\":\"已电话联系，孩子在外婆家\"}"
				.formatted(s.children().get(1))))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/attendance/classes/" + s.classId()).session(s.org()))
			.andExpect(jsonPath("$.children[?(@.name == '考勤宝宝1')].followUp").value(org.hamcrest.Matchers.contains("已电话联系，孩子在外婆家")));

		// last here 100 days ago: no check-in before a passed re-examination
		UUID away = s.children().get(1);
		jdbc.sql("""
				INSERT INTO attendance_visit (id, child_id, institution_id, class_id, division_code, day, checked_in_at, checked_out_at)
				VALUES (gen_random_uuid(), :c, :i, :k, '320213021', :today - 100, :now - interval '100 days',
				  :now - interval '100 days' + interval '8 hours')
				""").param("now", TestClock.nowInCity()).param("today", TestClock.today()).param("c", away).param("i", s.institution()).param("k", UUID.fromString(s.classId())).update();
		checkIn(s.org(), away).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("attendance.reexamination.required"));
		mvc.perform(get("/api/v1/attendance/classes/" + s.classId()).session(s.org()))
			.andExpect(jsonPath("$.children[?(@.name == '考勤宝宝1')].needsReexamination").value(org.hamcrest.Matchers.contains(true)));
		mvc.perform(post("/api/v1/health/reexaminations").session(s.org()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"%s\",\"examinedOn\":\"%s\",\"passed\":true,\"note\":\"体检合格\"}".formatted(away, today)))
			.andExpect(status().isCreated());
		checkIn(s.org(), away).andExpect(status().isNoContent());
		mvc.perform(get("/family/absences").session(guardian)).andExpect(status().isOk());
		mvc.perform(post("/family/absences").session(guardian).with(csrf()).param("childId", child.toString())
			.param("firstDay", today.toString()).param("lastDay", today.toString()).param("reason", "ILLNESS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("病假请勾选孩子的症状")));
	}

	@Test
	void theLiveRatioFollowsChildrenAndCaregiversAndALongBreachReachesTheDistrict() throws Exception {
		Setting s = setting(27_004, "attend-ratio", 7, "137000072");
		UUID first = caregiver(s.org(), s.classId(), 27_100, "赵保育");
		UUID second = caregiver(s.org(), s.classId(), 27_101, "钱保育");
		mvc.perform(post("/api/v1/attendance/classes/" + s.classId() + "/caregivers/" + first + "/check-in").session(s.org())
			.with(csrf())).andExpect(status().isNoContent());
		for (int i = 0; i < 5; i++) {
			checkIn(s.org(), s.children().get(i)).andExpect(status().isNoContent());
		}
		mvc.perform(get("/api/v1/attendance/classes/" + s.classId()).session(s.org()))
			.andExpect(jsonPath("$.ratio.children").value(5))
			.andExpect(jsonPath("$.ratio.caregivers").value(1))
			.andExpect(jsonPath("$.ratio.breached").value(false));
		checkIn(s.org(), s.children().get(5)).andExpect(status().isNoContent());
		checkIn(s.org(), s.children().get(6)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/attendance/ratios").session(s.org()))
			.andExpect(jsonPath("$[0].ratio.children").value(7))
			.andExpect(jsonPath("$[0].ratio.breached").value(true));
		assertThat(openBreaches(s.classId())).isZero();
		assertThat(watch.evaluatePending()).isPositive();
		assertThat(openBreaches(s.classId())).isEqualTo(1);
		mvc.perform(get("/org/attendance/classes/" + s.classId()).session(s.org()))
			.andExpect(content().string(containsString("当前师幼比超标")));

		// not yet 15 minutes: the district does not see it; after 20 it does
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/api/v1/attendance/breaches").session(admin))
			.andExpect(jsonPath("$[?(@.className == '一班' && @.institutionId == '%s')]".formatted(s.institution())).isEmpty());
		jdbc.sql("UPDATE attendance_ratio_breach SET started_at = :now - interval '20 minutes' WHERE class_id = :k").param("now", TestClock.nowInCity())
			.param("k", UUID.fromString(s.classId())).update();
		mvc.perform(get("/api/v1/attendance/breaches").session(admin))
			.andExpect(jsonPath("$[?(@.institutionId == '%s')].mostChildren".formatted(s.institution()))
				.value(org.hamcrest.Matchers.contains(7)));
		mvc.perform(get("/admin/attendance/breaches").session(admin))
			.andExpect(content().string(containsString("进行中")));

		mvc.perform(post("/org/attendance/classes/" + s.classId() + "/caregivers/" + second + "/in").session(s.org())
			.with(csrf())).andExpect(redirectedUrl("/org/attendance/classes/" + s.classId()));
		watch.evaluatePending();
		assertThat(openBreaches(s.classId())).isZero();
		mvc.perform(get("/api/v1/attendance/classes/" + s.classId()).session(s.org()))
			.andExpect(jsonPath("$.ratio.caregivers").value(2))
			.andExpect(jsonPath("$.ratio.breached").value(false))
			.andExpect(jsonPath("$.caregivers[?(@.name == '钱保育')].present").value(org.hamcrest.Matchers.contains(true)));
		// a caregiver leaving breaks the ratio again
		mvc.perform(post("/api/v1/attendance/classes/" + s.classId() + "/caregivers/" + second + "/check-out")
			.session(s.org()).with(csrf())).andExpect(status().isNoContent());
		watch.evaluatePending();
		assertThat(openBreaches(s.classId())).isEqualTo(1);
		mvc.perform(get("/org/attendance").session(s.org())).andExpect(status().isOk())
			.andExpect(content().string(containsString("超标")));
	}

	@Test
	void checkInsOfOneChildAtTheSameMomentSucceedOnce() throws Exception {
		Setting s = setting(27_005, "attend-race", 1, "137000073");
		UUID child = s.children().get(0);
		ExecutorService pool = Executors.newFixedThreadPool(5);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			answers.add(pool.submit(() -> {
				go.await();
				return checkIn(s.org(), child).andReturn().getResponse().getStatus();
			}));
		}
		go.countDown();
		int ok = 0;
		for (Future<Integer> answer : answers) {
			ok += answer.get() == 204 ? 1 : 0;
		}
		pool.shutdown();
		assertThat(ok).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM attendance_visit WHERE child_id = :c").param("c", child)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aClassFilledByConcurrentCheckInsGetsOneBreachWithItsWorstFigures() throws Exception {
		Setting s = setting(27_008, "attend-rush", 8, "137000076");
		UUID carer = caregiver(s.org(), s.classId(), 27_102, "孙保育");
		mvc.perform(post("/api/v1/attendance/classes/" + s.classId() + "/caregivers/" + carer + "/check-in").session(s.org())
			.with(csrf())).andExpect(status().isNoContent());
		watch.evaluatePending();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (UUID child : s.children()) {
			answers.add(pool.submit(() -> {
				go.await();
				return checkIn(s.org(), child).andReturn().getResponse().getStatus();
			}));
		}
		go.countDown();
		for (Future<Integer> answer : answers) {
			assertThat(answer.get()).isEqualTo(204);
		}
		pool.shutdown();
		assertThat(watch.evaluatePending()).as("one evaluation for the class").isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT most_children, fewest_caregivers FROM attendance_ratio_breach WHERE class_id = :k AND ended_at IS NULL
				""").param("k", UUID.fromString(s.classId())).query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).list())
			.containsExactly("8/1");
	}

	@Test
	void aGateDeviceChecksInOnlyItsInstitutionsChildrenAndStopsWhenRevoked() throws Exception {
		Setting s = setting(27_006, "attend-device", 1, "137000074");
		Setting other = setting(27_007, "attend-device-other", 1, "137000075");
		String token = json.readTree(mvc.perform(post("/api/v1/attendance/devices").session(s.org()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"东门刷卡机\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("token").asString();
		assertThat(token).startsWith("tuoyu_dev_");
		mvc.perform(post("/api/v1/attendance/devices").session(s.org()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
			.andExpect(jsonPath("$.errors[0].field").value("name"));

		device(token, "check-ins", s.children().get(0)).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/devices/check-ins").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest());
		device(token, "check-ins", other.children().get(0)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT device_id IS NOT NULL FROM attendance_visit WHERE child_id = :c")
			.param("c", s.children().get(0)).query(Boolean.class).single()).isTrue();
		// the device token opens nothing else, and nothing else opens the device API
		mvc.perform(get("/api/v1/attendance/classes/" + s.classId()).header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/devices/check-ins").param("childId", s.children().get(0).toString()).session(s.org()).with(csrf()))
			.andExpect(status().isUnauthorized());

		String device = jdbc.sql("SELECT id FROM attendance_device WHERE institution_id = :i").param("i", s.institution())
			.query(String.class).single();
		mvc.perform(post("/api/v1/attendance/devices/" + device + "/revoke").session(other.org()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/org/devices/" + device + "/revoke").session(s.org()).with(csrf()))
			.andExpect(redirectedUrl("/org/devices"));
		device(token, "check-outs", s.children().get(0)).andExpect(status().isUnauthorized());
		mvc.perform(get("/org/devices").session(s.org())).andExpect(content().string(containsString("东门刷卡机")));
	}

	private ResultActions device(String token, String action, UUID child) throws Exception {
		return mvc.perform(post("/api/v1/devices/" + action).param("childId", child.toString()).header("Authorization", "Bearer " + token));
	}

	private long openBreaches(String classId) {
		return jdbc.sql("SELECT count(*) FROM attendance_ratio_breach WHERE class_id = :k AND ended_at IS NULL")
			.param("k", UUID.fromString(classId)).query(Long.class).single();
	}
}
