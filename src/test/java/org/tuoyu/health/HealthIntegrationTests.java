package org.tuoyu.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class HealthIntegrationTests {

	private static final String PASSWORD = "Health2026pass";

	/** A Liangxi street for the institutions here. */
	private static final String STREET = "320213026";

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
	HealthManagement health;

	@Test
	void aCheckIsRefusedWithTheFieldAndReasonOfEachBrokenRule() throws Exception {
		Filed place = institution(26_001, "health-valid");
		MockHttpSession caregiver = staff(place, "health-valid-care", Role.CAREGIVER);
		UUID child = place(place, "13700006001", "校验宝宝");

		check(caregiver, child, "MORNING", "34.9", "[]", null, "ATTEND")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("temperature"))
			.andExpect(jsonPath("$.errors[0].code").value("health.check.temperatureRange"))
			.andExpect(jsonPath("$.errors[0].message").value("体温须在35.0℃到42.0℃之间，保留一位小数"));
		check(caregiver, child, "MORNING", "36.55", "[]", null, "ATTEND")
			.andExpect(jsonPath("$.errors[0].field").value("temperature"));
		check(caregiver, child, "MORNING", null, "[]", null, "ATTEND")
			.andExpect(jsonPath("$.errors[0].field").value("temperature"))
			.andExpect(jsonPath("$.errors[0].code").value("health.field.required"));
		check(caregiver, child, "MORNING", "36.5", "[]", null, null)
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		check(caregiver, child, null, "36.5", "[]", null, "ATTEND")
			.andExpect(jsonPath("$.errors[0].field").value("session"));
		check(caregiver, child, "MORNING", "36.5", "[\"OTHER\"]", null, "OBSERVE")
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].code").value("health.check.otherNeedsNote"));
		check(caregiver, child, "MORNING", "36.5", "[\"SNEEZE\"]", null, "ATTEND").andExpect(status().isBadRequest());
		assertThat(checksOf(child)).isZero();

		mvc.perform(post("/org/health/checks").session(caregiver).with(csrf()).param("childId", child.toString())
			.param("classId", place.classId().toString()).param("session", "MORNING").param("temperature", "43.5")
			.param("outcome", "ATTEND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("体温须在35.0℃到42.0℃之间")))
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/org/health/checks").session(caregiver).with(csrf()).param("childId", child.toString())
			.param("classId", place.classId().toString()).param("session", "MORNING").param("temperature", "36.6")
			.param("outcome", "ATTEND"))
			.andExpect(redirectedUrl("/org/health/checks?classId=" + place.classId() + "&session=MORNING#child-" + child));
		mvc.perform(get("/org/health/checks").session(caregiver).param("classId", place.classId().toString())
			.param("session", "MORNING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("校验宝宝")))
			.andExpect(content().string(containsString("已检查 1 / 1 人")));
		mvc.perform(get("/org/health/checks").session(caregiver).param("classId", place.classId().toString())
			.param("session", "NOON").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Checked 0 of 1")))
			.andExpect(content().string(containsString("Mouth/hand blisters")));
		mvc.perform(get("/org/health/checks").session(caregiver))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"class-" + place.classId())));
	}

	@Test
	void feverIsAddedFromTheTemperatureAndTheGuardiansAreToldInChinese() throws Exception {
		Filed place = institution(26_002, "health-fever");
		MockHttpSession caregiver = staff(place, "health-fever-care", Role.CAREGIVER);
		Family family = family(place, "13700006002", "发热宝宝");

		JsonNode saved = body(check(caregiver, family.child(), "MORNING", "38.2", "[\"COUGH\"]", null, "SENT_HOME")
			.andExpect(status().isCreated()));
		assertThat(saved.get("symptoms").toString()).contains("FEVER", "COUGH");
		assertThat(saved.get("abnormal").asBoolean()).isTrue();
		String message = body(mvc.perform(get("/api/v1/notifications").session(family.guardian()))).get(0).get("text")
			.asString();
		assertThat(message).contains("发热宝宝", "晨检", "38.2", "发热", "咳嗽", "劝离回家");

		int before = body(mvc.perform(get("/api/v1/notifications").session(family.guardian()))).size();
		check(caregiver, family.child(), "NOON", "36.6", "[]", null, "ATTEND").andExpect(status().isCreated());
		assertThat(body(mvc.perform(get("/api/v1/notifications").session(family.guardian()))).size()).isEqualTo(before);

		check(caregiver, family.child(), "NOON", "37.4", "[]", null, "OBSERVE").andExpect(status().isCreated());
		JsonNode checks = body(mvc.perform(get("/api/v1/health/checks").session(caregiver)
			.param("classId", place.classId().toString()).param("day", TestClock.today().toString())));
		assertThat(checks.size()).isEqualTo(2);
		assertThat(checks.toString()).contains("37.4").doesNotContain("36.6");
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'health.check.correct' AND target_id = :c")
			.param("c", family.child().toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anotherInstitutionsChildIsNotFound() throws Exception {
		Filed here = institution(26_003, "health-here");
		Filed there = institution(26_004, "health-there");
		UUID child = place(there, "13700006003", "别家宝宝");
		MockHttpSession caregiver = staff(here, "health-here-care", Role.CAREGIVER);
		check(caregiver, child, "MORNING", "36.5", "[]", null, "ATTEND").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/health/checks").session(caregiver).param("classId", there.classId().toString()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/org/health/checks").session(caregiver).param("classId", there.classId().toString()))
			.andExpect(status().isNotFound());
		incident(caregiver, child, "FALL", "MINOR", TestClock.cityNow().minusHours(1), "操场").andExpect(status().isNotFound());
		MockHttpSession guardian = Logins.login(mvc, "13700006003", PASSWORD);
		check(guardian, child, "MORNING", "36.5", "[]", null, "ATTEND").andExpect(status().isNotFound());
	}

	@Test
	void threeChildrenWithACoughInADayOpenOneSignalForTheDistrictWhichRecordsItsHandling() throws Exception {
		Filed place = institution(26_005, "health-cough");
		MockHttpSession caregiver = staff(place, "health-cough-care", Role.CAREGIVER);
		MockHttpSession healthWorker = staff(place, "health-cough-doc", Role.HEALTH_WORKER);
		MockHttpSession admin = admin();
		MockHttpSession district = officer(admin, "health-liangxi", "DISTRICT_ADMIN", "320213");
		MockHttpSession inspector = officer(admin, "health-inspector", "INSPECTOR", "320213");
		MockHttpSession huishan = officer(admin, "health-huishan", "DISTRICT_ADMIN", "320206");
		List<UUID> children = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			children.add(place(place, "1370000610" + i, "咳嗽宝宝" + i));
		}
		check(caregiver, children.get(0), "MORNING", "36.8", "[\"COUGH\"]", null, "OBSERVE");
		check(caregiver, children.get(0), "NOON", "36.8", "[\"COUGH\"]", null, "OBSERVE");
		check(caregiver, children.get(1), "MORNING", "36.8", "[\"COUGH\"]", null, "OBSERVE");
		assertThat(signals(place, "COUGH")).isZero();
		check(caregiver, children.get(2), "MORNING", "36.9", "[\"COUGH\"]", null, "OBSERVE").andExpect(status().isCreated());
		assertThat(signals(place, "COUGH")).isEqualTo(1);
		check(caregiver, children.get(3), "MORNING", "36.9", "[\"COUGH\"]", null, "OBSERVE").andExpect(status().isCreated());
		assertThat(signals(place, "COUGH")).isEqualTo(1);

		String text = body(mvc.perform(get("/api/v1/notifications").session(healthWorker))).get(0).get("text").asString();
		assertThat(text).contains("疫情信号", "咳嗽", "当天3人");
		assertThat(body(mvc.perform(get("/api/v1/notifications").session(district))).toString()).contains("疫情信号");
		assertThat(body(mvc.perform(get("/api/v1/notifications").session(caregiver))).toString()).doesNotContain("疫情信号");

		JsonNode signal = signalOf(district, place);
		String id = signal.get("id").asString();
		assertThat(signal.get("open").asBoolean()).isTrue();
		assertThat(signal.get("sameDayCount").asInt()).isEqualTo(4);
		assertThat(signal.get("cases").findValuesAsString("childName")).contains("咳嗽宝宝0", "咳嗽宝宝3");
		mvc.perform(get("/api/v1/health/signals/" + id).session(huishan)).andExpect(status().isNotFound());
		assertThat(body(mvc.perform(get("/api/v1/health/signals").session(huishan))).toString()).doesNotContain(id);
		mvc.perform(get("/admin/health/signals").session(district))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("咳嗽宝宝0")))
			.andExpect(content().string(containsString("handling-form")));
		mvc.perform(get("/org/health/signals").session(healthWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("signal-" + id)));

		handling(inspector, id, "已处置").andExpect(jsonPath("$.errors[0].code").value("health.signal.adminsOnly"));
		handling(district, id, " ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		handling(huishan, id, "越界处置").andExpect(status().isNotFound());
		mvc.perform(post("/admin/health/signals/" + id + "/handling").session(district).with(csrf())
			.param("note", "已上门指导晨检并消毒，4名幼儿居家观察"))
			.andExpect(redirectedUrl("/admin/health/signals"));
		handling(district, id, "再次处置").andExpect(jsonPath("$.errors[0].code").value("health.signal.closed"));
		JsonNode closed = signalOf(district, place);
		assertThat(closed.get("open").asBoolean()).isFalse();
		assertThat(closed.get("handlingNote").asString()).startsWith("已上门指导");

		// the handled cases do not open it again; three new ones the same day do
		check(caregiver, children.get(1), "NOON", "36.8", "[\"COUGH\"]", null, "OBSERVE").andExpect(status().isCreated());
		assertThat(signals(place, "COUGH")).isEqualTo(1);
		for (int i = 4; i < 7; i++) {
			UUID child = place(place, "1370000610" + i, "咳嗽宝宝" + i);
			check(caregiver, child, "MORNING", "36.8", "[\"COUGH\"]", null, "OBSERVE").andExpect(status().isCreated());
		}
		assertThat(signals(place, "COUGH")).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'health.signals.read'").query(Long.class)
			.single()).isPositive();
	}

	@Test
	void fiveChildrenWithARashWithinThreeDaysOpenASignal() throws Exception {
		Filed place = institution(26_006, "health-rash");
		MockHttpSession caregiver = staff(place, "health-rash-care", Role.CAREGIVER);
		List<UUID> children = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			children.add(place(place, "1370000620" + i, "皮疹宝宝" + i));
		}
		LocalDate today = TestClock.today();
		earlierRash(place, children.get(0), today.minusDays(3));
		earlierRash(place, children.get(1), today.minusDays(2));
		earlierRash(place, children.get(2), today.minusDays(1));
		check(caregiver, children.get(3), "MORNING", "36.7", "[\"RASH\"]", null, "OBSERVE");
		assertThat(signals(place, "RASH")).isZero();
		check(caregiver, children.get(4), "MORNING", "36.7", "[\"RASH\"]", null, "OBSERVE");
		assertThat(signals(place, "RASH")).isZero();
		earlierRash(place, children.get(0), today.minusDays(2));
		check(caregiver, children.get(4), "NOON", "36.7", "[\"RASH\"]", null, "OBSERVE");
		assertThat(signals(place, "RASH")).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT window_count FROM health_outbreak_signal s WHERE class_id = :class AND symptom = 'RASH'
				""").param("class", place.classId()).query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void concurrentChecksOpenOneSignal() throws Exception {
		Filed place = institution(26_007, "health-race");
		int children = 5;
		List<UUID> ids = new ArrayList<>();
		List<MockHttpSession> desks = new ArrayList<>();
		for (int i = 0; i < children; i++) {
			ids.add(place(place, "1370000630" + i, "并发宝宝" + i));
			desks.add(staff(place, "health-race-care" + i, Role.CAREGIVER));
		}
		ExecutorService pool = Executors.newFixedThreadPool(children);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < children; i++) {
			UUID child = ids.get(i);
			MockHttpSession desk = desks.get(i);
			answers.add(pool.submit(() -> {
				go.await();
				return check(desk, child, "MORNING", "36.9", "[\"VOMITING\"]", null, "SENT_HOME").andReturn().getResponse()
					.getStatus();
			}));
		}
		go.countDown();
		for (Future<Integer> answer : answers) {
			assertThat(answer.get()).isEqualTo(201);
		}
		pool.shutdown();
		assertThat(signals(place, "VOMITING")).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM health_outbreak_case o JOIN health_outbreak_signal s ON s.id = o.signal_id
				WHERE s.class_id = :class
				""").param("class", place.classId()).query(Long.class).single()).isEqualTo(children);
	}

	@Test
	void aSeriousIncidentHasAReportingDeadlineOnTheDistrictList() throws Exception {
		Filed place = institution(26_008, "health-incident");
		MockHttpSession caregiver = staff(place, "health-incident-care", Role.CAREGIVER);
		UUID child = place(place, "13700006401", "摔伤宝宝");
		MockHttpSession admin = admin();
		MockHttpSession district = officer(admin, "health-incident-liangxi", "DISTRICT_ADMIN", "320213");
		MockHttpSession huishan = officer(admin, "health-incident-huishan", "DISTRICT_ADMIN", "320206");
		LocalDateTime occurred = TestClock.cityNow().minusHours(3).withSecond(0).withNano(0);

		incident(caregiver, child, "FALL", "SERIOUS", TestClock.cityNow().plusHours(1), "操场")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
			.andExpect(jsonPath("$.errors[0].message").value("发生时间不能晚于现在"));
		incident(caregiver, child, "FALL", "SERIOUS", occurred, "")
			.andExpect(jsonPath("$.errors[0].field").value("place"));
		incident(caregiver, child, null, "SERIOUS", occurred, "操场").andExpect(jsonPath("$.errors[0].field").value("type"));
		mvc.perform(post("/api/v1/health/incidents").session(caregiver).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"childId":"%s","type":"FALL","severity":"MINOR","occurredAt":"%s","place":"操场","description":"摔倒",
					 "guardiansToldAt":"%s"}
					""".formatted(child, occurred, occurred.minusMinutes(5))))
			.andExpect(jsonPath("$.errors[0].field").value("guardiansToldAt"));

		String serious = body(incident(caregiver, child, "FALL", "SERIOUS", occurred, "滑梯").andExpect(status().isCreated()))
			.get("id").asString();
		String minor = body(incident(caregiver, child, "BITE", "MINOR", occurred, "教室").andExpect(status().isCreated()))
			.get("id").asString();

		JsonNode listed = find(body(mvc.perform(get("/api/v1/health/incidents").session(district))), serious);
		assertThat(listed.get("reportDeadline").asString()).startsWith(occurred.plusHours(2).toString().substring(0, 16));
		assertThat(body(mvc.perform(get("/api/v1/health/incidents").session(district))).toString()).doesNotContain(minor);
		assertThat(body(mvc.perform(get("/api/v1/health/incidents").session(huishan))).toString()).doesNotContain(serious);
		assertThat(body(mvc.perform(get("/api/v1/notifications").session(district))).toString()).contains("严重事故");
		mvc.perform(get("/admin/health/incidents").session(district))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"incident-" + serious + "\" class=\"table-danger overdue\"")))
			.andExpect(content().string(containsString("已超时未报告")));
		mvc.perform(get("/org/health/incidents").session(caregiver))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("标记已报告")));

		mvc.perform(post("/api/v1/health/incidents/" + minor + "/reported").session(caregiver).with(csrf()))
			.andExpect(jsonPath("$.errors[0].code").value("health.incident.notSerious"));
		mvc.perform(post("/api/v1/health/incidents/" + serious + "/reported").session(caregiver).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/health/incidents/" + serious + "/reported").session(caregiver).with(csrf()))
			.andExpect(jsonPath("$.errors[0].code").value("health.incident.alreadyReported"));
		assertThat(find(body(mvc.perform(get("/api/v1/health/incidents").session(district))), serious).get("districtToldAt")
			.isNull()).isFalse();

		mvc.perform(post("/org/health/incidents").session(caregiver).with(csrf()).param("childId", child.toString())
			.param("type", "FALL").param("severity", "MODERATE").param("occurredAt", occurred.toString()).param("place", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项必填")));
	}

	@Test
	void aPassedReexaminationLetsTheChildReturn() throws Exception {
		Filed place = institution(26_009, "health-reexam");
		MockHttpSession caregiver = staff(place, "health-reexam-care", Role.CAREGIVER);
		MockHttpSession doctor = staff(place, "health-reexam-doc", Role.HEALTH_WORKER);
		UUID child = place(place, "13700006501", "返园宝宝");
		UUID other = place(place, "13700006502", "未检宝宝");
		LocalDate today = TestClock.today();

		reexamination(caregiver, child, today, true).andExpect(jsonPath("$.errors[0].code").value("health.reexamination.notAllowed"));
		reexamination(doctor, child, today.plusDays(1), true).andExpect(jsonPath("$.errors[0].field").value("examinedOn"));
		reexamination(doctor, other, today.minusDays(1), false).andExpect(status().isCreated());
		reexamination(doctor, child, today.minusDays(1), true).andExpect(status().isCreated());

		assertThat(health.passedReexaminationSince(child, today.minusMonths(3))).isTrue();
		assertThat(health.passedReexaminationSince(child, today)).isFalse();
		assertThat(health.passedReexaminationSince(other, today.minusMonths(3))).isFalse();
		mvc.perform(get("/org/health/reexaminations").session(doctor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("返园宝宝")));
		mvc.perform(post("/org/health/reexaminations").session(doctor).with(csrf()).param("childId", child.toString())
			.param("examinedOn", "").param("passed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项必填")));
	}

	private ResultActions check(MockHttpSession user, UUID child, String session, String temperature, String symptoms,
			String note, String outcome) throws Exception {
		return mvc.perform(post("/api/v1/health/checks").session(user).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"childId":"%s","session":%s,"temperature":%s,"symptoms":%s,"note":%s,"outcome":%s}
					""".formatted(child, quoted(session), temperature, symptoms, quoted(note), quoted(outcome))));
	}

	private ResultActions incident(MockHttpSession user, UUID child, String type, String severity, LocalDateTime at,
			String place) throws Exception {
		return mvc.perform(post("/api/v1/health/incidents").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"childId":"%s","type":%s,"severity":"%s","occurredAt":"%s","place":"%s","description":"从滑梯上摔下，膝盖擦伤",
					 "firstAid":"清洗消毒"}
					""".formatted(child, quoted(type), severity, at, place)));
	}

	private ResultActions handling(MockHttpSession user, String signal, String note) throws Exception {
		return mvc.perform(post("/api/v1/health/signals/" + signal + "/handling").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"%s\"}".formatted(note)));
	}

	private ResultActions reexamination(MockHttpSession user, UUID child, LocalDate on, boolean passed) throws Exception {
		return mvc.perform(post("/api/v1/health/reexaminations").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"%s\",\"examinedOn\":\"%s\",\"passed\":%s,\"note\":\"离园4个月\"}".formatted(child, on, passed)));
	}

	private void earlierRash(Filed place, UUID child, LocalDate day) {
		UUID checker = accountRows.findByUsername("health-rash-care").orElseThrow().id();
		jdbc.sql("""
				INSERT INTO health_daily_check (id, child_id, institution_id, class_id, division_code, day, session, temperature,
				  symptoms, outcome, checked_by)
				VALUES (gen_random_uuid(), :child, :institution, :class, :division, :day, 'MORNING', 36.8, '{RASH}', 'OBSERVE', :by)
				""").param("child", child).param("institution", place.id()).param("class", place.classId())
			.param("division", STREET).param("day", day).param("by", checker).update();
	}

	private long signals(Filed place, String symptom) {
		return jdbc.sql("SELECT count(*) FROM health_outbreak_signal WHERE class_id = :class AND symptom = :symptom")
			.param("class", place.classId()).param("symptom", symptom).query(Long.class).single();
	}

	private long checksOf(UUID child) {
		return jdbc.sql("SELECT count(*) FROM health_daily_check WHERE child_id = :child").param("child", child)
			.query(Long.class).single();
	}

	private JsonNode signalOf(MockHttpSession user, Filed place) throws Exception {
		for (JsonNode signal : body(mvc.perform(get("/api/v1/health/signals").session(user)))) {
			if (signal.get("classId").asString().equals(place.classId().toString())) {
				return signal;
			}
		}
		throw new AssertionError("no signal of the class");
	}

	private static JsonNode find(JsonNode list, String id) {
		for (JsonNode item : list) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("not listed: " + id);
	}

	private static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private MockHttpSession officer(MockHttpSession admin, String username, String role, String division)
			throws Exception {
		return Officers.signedIn(mvc, admin, username, role, division, PASSWORD);
	}

	private Filed institution(int serial, String username) throws Exception {
		return Institutions.filedWithClass(mvc, jdbc, admin(), serial, username, STREET, "苗苗班", "TODDLER", 15);
	}

	/** A staff account of the institution with the role, signed in. */
	private MockHttpSession staff(Filed place, String username, Role role) throws Exception {
		return placed().staff(place, STREET, username, role);
	}

	private UUID place(Filed place, String phone, String childName) throws Exception {
		return family(place, phone, childName).child();
	}

	/** A new guardian whose new boy of 16 months is placed in the class. */
	private Family family(Filed place, String phone, String childName) throws Exception {
		return placed().family(place, phone, childName, TestClock.today().minusMonths(16));
	}

	private PlacedChildren placed() {
		return new PlacedChildren(mvc, json, accounts, accountRows, PASSWORD);
	}
}
