package org.tuoyu.messaging.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.HealthFixtures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily report end to end on the real database, over HTTP: one tap for several children,
 * refused as a whole when one child is out of reach; who reads and writes what; medicine only
 * against a guardian's request; the timeline with attendance and its summary; days cut at the
 * city's midnight; corrections and withdrawals leaving a trace; the summary sent once.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyReportIntegrationTests {

	static final String STREET = "320213021";

	static final String PASSWORD = "Daily2026test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	Accounts accounts;

	@Autowired
	DailyReportManagement daily;

	Institutions.Filed classA;

	Institutions.Filed classB;

	MockHttpSession org;

	MockHttpSession caregiverA;

	MockHttpSession caregiverB;

	MockHttpSession healthWorker;

	MockHttpSession otherOrg;

	MockHttpSession officer;

	Family a1;

	Family a2;

	Family a3;

	Family a4;

	Family a5;

	Family b1;

	Family other;

	@BeforeAll
	void aClassOfFiveAndAClassOfOneWithTheirCaregiversAndAnotherInstitution() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		classA = Institutions.filedWithClass(mvc, jdbc, admin, 57_001, "daily-org", STREET, "小一班", "TODDLER", 15);
		PlacedChildren placed = new PlacedChildren(mvc, json, accountManagement, accounts, PASSWORD);
		DailyClassroom room = new DailyClassroom(mvc, json, accounts, placed, classA, STREET);
		classB = room.addClass("小二班");
		LocalDate birth = TestClock.today().minusMonths(18);
		a1 = placed.family(classA, "13957000001", "周一一", birth);
		a2 = placed.family(classA, "13957000002", "吴二二", birth);
		a3 = placed.family(classA, "13957000003", "郑三三", birth);
		a4 = placed.family(classA, "13957000004", "王四四", birth);
		a5 = placed.family(classA, "13957000007", "褚七七", birth);
		b1 = placed.family(classB, "13957000005", "冯五五", birth);
		caregiverA = room.caregiver(classA, "daily-care-a", 1);
		caregiverB = room.caregiver(classB, "daily-care-b", 2);
		healthWorker = placed.staff(classA, STREET, "daily-health", Role.HEALTH_WORKER);
		org = Logins.login(mvc, "daily-org", Institutions.PASSWORD);
		Institutions.Filed elsewhere = Institutions.filedWithClass(mvc, jdbc, admin, 57_002, "daily-other", STREET, "大一班",
				"TODDLER", 15);
		other = placed.family(elsewhere, "13957000006", "陈六六", birth);
		otherOrg = Logins.login(mvc, "daily-other", Institutions.PASSWORD);
		officer = Officers.signedIn(mvc, admin, "daily-street", "STREET_OFFICER", STREET, PASSWORD);
	}

	@Test
	void oneTapWritesOneEntryPerChosenChildInOneBatch() throws Exception {
		String body = record(caregiverA, List.of(a1.child(), a2.child(), a3.child()),
				"\"kind\":\"MEAL\",\"meal\":\"LUNCH\",\"portion\":\"MOST\",\"text\":\"米饭、青菜、清蒸鱼\"")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ids", hasSize(3)))
			.andReturn().getResponse().getContentAsString();
		List<UUID> ids = ids(body);
		List<UUID> children = jdbc.sql("SELECT child_id FROM messaging_daily_entry WHERE id = ANY(:ids) ORDER BY child_id")
			.param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list();
		assertThat(children).containsExactlyInAnyOrder(a1.child(), a2.child(), a3.child());
		assertThat(jdbc.sql("SELECT count(DISTINCT batch_id) FROM messaging_daily_entry WHERE id = ANY(:ids)")
			.param("ids", ids.toArray(UUID[]::new)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM messaging_daily_entry WHERE id = ANY(:ids) AND class_id = :class AND division_code = :street
				  AND institution_id = :institution AND recorded_by_name = '职员 daily-care-a'
				""").param("ids", ids.toArray(UUID[]::new)).param("class", classA.classId()).param("street", STREET)
			.param("institution", classA.id()).query(Long.class).single()).isEqualTo(3);

		mvc.perform(get("/api/v1/daily/classes/" + classA.classId()).session(caregiverA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children", hasSize(5)))
			.andExpect(jsonPath("$.children[?(@.name == '郑三三')].entries[0].portion").value("MOST"));
	}

	@Test
	void aBatchWithOneChildOutsideTheCaregiversClassesWritesNothing() throws Exception {
		long before = entries();
		record(caregiverA, List.of(a1.child(), a2.child(), b1.child()), "\"kind\":\"MOOD\",\"mood\":\"HAPPY\"")
			.andExpect(status().isNotFound());
		record(caregiverA, List.of(a1.child(), other.child()), "\"kind\":\"MOOD\",\"mood\":\"HAPPY\"")
			.andExpect(status().isNotFound());
		record(org, List.of(a1.child(), other.child()), "\"kind\":\"MOOD\",\"mood\":\"HAPPY\"")
			.andExpect(status().isNotFound());
		assertThat(entries()).isEqualTo(before);
		// the administrator and the health worker reach every class of their institution
		record(org, List.of(a1.child(), b1.child()), "\"kind\":\"MOOD\",\"mood\":\"CALM\"").andExpect(status().isCreated());
		record(healthWorker, List.of(b1.child()), "\"kind\":\"NOTE\",\"text\":\"午检正常\"").andExpect(status().isCreated());
		assertThat(entries()).isEqualTo(before + 3);
	}

	@Test
	void eachRoleReachesOnlyItsOwn() throws Exception {
		record(caregiverB, List.of(b1.child()), "\"kind\":\"ACTIVITY\",\"text\":\"搭积木\"").andExpect(status().isCreated());
		// guardians: their own child only, and never write entries
		mvc.perform(get("/api/v1/daily/children/" + b1.child()).session(b1.guardian()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.childName").value("冯五五"))
			.andExpect(jsonPath("$.timeline[?(@.kind == 'ACTIVITY')].text").value("搭积木"));
		mvc.perform(get("/api/v1/daily/children/" + b1.child()).session(a1.guardian())).andExpect(status().isNotFound());
		record(b1.guardian(), List.of(b1.child()), "\"kind\":\"NOTE\",\"text\":\"x\"").andExpect(status().isForbidden());
		// a caregiver of another class, another institution: not found
		mvc.perform(get("/api/v1/daily/children/" + b1.child()).session(caregiverA)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/daily/classes/" + classB.classId()).session(caregiverA)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/daily/classes")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/daily/classes").session(caregiverA))
			.andExpect(jsonPath("$[*].name").value(contains("小一班")));
		mvc.perform(get("/api/v1/daily/children/" + b1.child()).session(otherOrg)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/daily/classes/" + classA.classId()).session(otherOrg)).andExpect(status().isNotFound());
		// officers never have the daily report
		mvc.perform(get("/api/v1/daily/children/" + b1.child()).session(officer)).andExpect(status().isForbidden());
		record(officer, List.of(b1.child()), "\"kind\":\"NOTE\",\"text\":\"x\"").andExpect(status().isForbidden());
		mvc.perform(get("/org/daily").session(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/family/daily/children/" + b1.child()).session(a2.guardian())).andExpect(status().isNotFound());
	}

	@Test
	void medicineIsRecordedOnlyAgainstAGuardiansWrittenRequest() throws Exception {
		long before = entries();
		record(caregiverA, List.of(a4.child()), "\"kind\":\"MEDICINE\",\"text\":\"退烧药\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("medicineRequestId"))
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.medicine.requestRequired"))
			.andExpect(jsonPath("$.detail").value(containsString("没有家长的书面服药委托")));
		record(caregiverA, List.of(a4.child()), "\"kind\":\"MEDICINE\",\"medicineRequestId\":\"%s\"".formatted(UUID.randomUUID()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.medicine.requestRequired"));
		assertThat(entries()).isEqualTo(before);

		// only the child's guardian writes a request
		medicineRequest(a1.guardian(), a4.child(), "[\"12:00\"]").andExpect(status().isNotFound());
		medicineRequest(caregiverA, a4.child(), "[\"12:00\"]").andExpect(status().isForbidden());
		medicineRequest(a4.guardian(), a4.child(), "[]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("times"));
		String request = json.readTree(medicineRequest(a4.guardian(), a4.child(), "[\"15:00\",\"12:00\"]")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
		assertThat(jdbc.sql("SELECT requested_by FROM messaging_daily_medicine_request WHERE id = :id")
			.param("id", UUID.fromString(request)).query(UUID.class).single())
			.isEqualTo(accounts.findByUsername("13957000004").orElseThrow().id());

		// a caregiver of another class does not reach it; the child's caregiver gives two doses, no third
		dose(caregiverB, request).andExpect(status().isNotFound());
		dose(caregiverA, request).andExpect(status().isCreated());
		record(caregiverA, List.of(a4.child()), "\"kind\":\"MEDICINE\",\"medicineRequestId\":\"%s\"".formatted(request))
			.andExpect(status().isCreated());
		dose(caregiverA, request).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.medicine.allGiven"));
		mvc.perform(post("/api/v1/daily/medicine-requests/" + request + "/cancellation").session(a4.guardian()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.medicine.alreadyGiven"));

		mvc.perform(get("/api/v1/daily/children/" + a4.child()).session(a4.guardian()))
			.andExpect(jsonPath("$.summary.medicine", hasSize(2)))
			.andExpect(jsonPath("$.summary.medicine[0].medication").value("布洛芬混悬液"))
			.andExpect(jsonPath("$.summary.medicine[0].givenBy").value("职员 daily-care-a"))
			.andExpect(jsonPath("$.medicineRequests[0].times", hasSize(2)))
			.andExpect(jsonPath("$.medicineRequests[0].doses", hasSize(2)))
			.andExpect(jsonPath("$.medicineRequests[0].requestedByName").value("家长"));
	}

	@Test
	void theTimelineRunsInTimeOrderWithAttendanceAndTheSummaryAddsItUp() throws Exception {
		LocalDate today = TestClock.today();
		UUID child = a5.child();
		HealthFixtures.admitted(jdbc, child);
		TestClock.setCityTime(today.atTime(8, 0));
		mvc.perform(post("/api/v1/attendance/check-ins").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"%s\"}".formatted(child))).andExpect(status().isNoContent());
		TestClock.setCityTime(today.atTime(12, 5));
		List<UUID> one = List.of(child);
		// recorded out of order: the timeline orders them by when they happened
		at(one, "11:30", "\"kind\":\"MEAL\",\"meal\":\"LUNCH\",\"portion\":\"MOST\"");
		at(one, "08:30", "\"kind\":\"MEAL\",\"meal\":\"BREAKFAST\",\"portion\":\"ALL\"");
		at(one, "09:00", "\"kind\":\"DRINK\",\"millilitres\":120");
		at(one, "10:00", "\"kind\":\"DRINK\",\"drinkAmount\":\"MODERATE\"");
		at(one, "09:40", "\"kind\":\"NAPPY\",\"nappy\":\"WET\"");
		at(one, "10:30", "\"kind\":\"NAPPY\",\"nappy\":\"SOILED\"");
		at(one, "09:05", "\"kind\":\"MOOD\",\"mood\":\"HAPPY\"");
		at(one, "12:00", "\"kind\":\"NAP\"");
		record(caregiverA, one, "\"kind\":\"NAP\"").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.nap.alreadyAsleep"));
		mvc.perform(get("/api/v1/daily/children/" + child).session(a5.guardian()))
			.andExpect(jsonPath("$.summary.napping").value(true))
			.andExpect(jsonPath("$.summary.napMinutes").value(0));
		TestClock.setCityTime(today.atTime(17, 0));
		mvc.perform(post("/api/v1/daily/naps/end").session(caregiverA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childIds\":[\"%s\"],\"at\":\"%sT14:15\"}".formatted(child, today)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.woken").value(1));
		at(one, "15:00", "\"kind\":\"NAP\",\"endsAt\":\"%sT15:30\"".formatted(today));
		at(one, "15:45", "\"kind\":\"NAPPY\",\"nappy\":\"TOILET\"");
		at(one, "16:00", "\"kind\":\"MOOD\",\"mood\":\"SLEEPY\"");
		at(one, "16:10", "\"kind\":\"ACTIVITY\",\"text\":\"户外滑滑梯\"");
		mvc.perform(post("/api/v1/attendance/check-outs").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"%s\",\"pickedUpBy\":\"%s\"}".formatted(child,
					accounts.findByUsername("13957000007").orElseThrow().id())))
			.andExpect(status().isNoContent());

		String day = mvc.perform(get("/api/v1/daily/children/" + child).session(a5.guardian()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.today").value(true))
			.andExpect(jsonPath("$.summary.arrivedAt").value(containsString("T08:00")))
			.andExpect(jsonPath("$.summary.leftAt").value(containsString("T17:00")))
			.andExpect(jsonPath("$.summary.meals[0].meal").value("BREAKFAST"))
			.andExpect(jsonPath("$.summary.meals[0].portion").value("ALL"))
			.andExpect(jsonPath("$.summary.meals[1].meal").value("LUNCH"))
			.andExpect(jsonPath("$.summary.meals[1].portion").value("MOST"))
			.andExpect(jsonPath("$.summary.drinks").value(2))
			.andExpect(jsonPath("$.summary.drinkMillilitres").value(120))
			.andExpect(jsonPath("$.summary.napMinutes").value(135 + 30))
			.andExpect(jsonPath("$.summary.napping").value(false))
			.andExpect(jsonPath("$.summary.wetNappies").value(1))
			.andExpect(jsonPath("$.summary.soiledNappies").value(1))
			.andExpect(jsonPath("$.summary.toiletVisits").value(1))
			.andExpect(jsonPath("$.summary.moods[0]").value("HAPPY"))
			.andExpect(jsonPath("$.summary.moods[1]").value("SLEEPY"))
			.andReturn().getResponse().getContentAsString();
		List<String> kinds = json.readTree(day).get("timeline").valueStream().map(e -> e.get("kind").asString()).toList();
		assertThat(kinds).containsExactly("ARRIVAL", "MEAL", "DRINK", "MOOD", "NAPPY", "DRINK", "NAPPY", "MEAL", "NAP", "NAP",
				"NAPPY", "MOOD", "ACTIVITY", "DEPARTURE");
		JsonNode departure = json.readTree(day).get("timeline").get(13);
		assertThat(departure.get("text").asString()).isEqualTo("家长");
		assertThat(audits("messaging.daily.child.read", child)).isPositive();
		assertThat(audits("messaging.daily.entry.record", child)).isGreaterThanOrEqualTo(12);
	}

	@Test
	void anAuthorCorrectsOrWithdrawsAnEntryTheSameDayAndTheEarlierOneStays() throws Exception {
		UUID child = a2.child();
		UUID lunch = ids(record(caregiverA, List.of(child), "\"kind\":\"MEAL\",\"meal\":\"SUPPER\",\"portion\":\"LITTLE\"")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get(0);
		UUID activity = ids(record(caregiverA, List.of(child), "\"kind\":\"ACTIVITY\",\"text\":\"画画\"")
			.andReturn().getResponse().getContentAsString()).get(0);
		// another member of staff may not change it
		mvc.perform(post("/api/v1/daily/entries/" + lunch + "/withdrawal").session(healthWorker).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.entry.notAuthor"));
		mvc.perform(post("/api/v1/daily/entries/" + lunch + "/withdrawal").session(caregiverB).with(csrf()))
			.andExpect(status().isNotFound());
		String corrected = mvc.perform(post("/api/v1/daily/entries/" + lunch + "/correction").session(caregiverA).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"meal\":\"SUPPER\",\"portion\":\"ALL\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID replacement = UUID.fromString(json.readTree(corrected).get("id").asString());
		mvc.perform(post("/api/v1/daily/entries/" + lunch + "/correction").session(caregiverA).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"meal\":\"SUPPER\",\"portion\":\"NONE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.entry.notActive"));
		mvc.perform(post("/api/v1/daily/entries/" + activity + "/withdrawal").session(caregiverA).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"记错了孩子\"}"))
			.andExpect(status().isNoContent());

		assertThat(jdbc.sql("SELECT status FROM messaging_daily_entry WHERE id IN (:a, :b) ORDER BY status")
			.param("a", lunch).param("b", activity).query(String.class).list()).containsExactly("CORRECTED", "WITHDRAWN");
		assertThat(jdbc.sql("SELECT replaces_id FROM messaging_daily_entry WHERE id = :id").param("id", replacement)
			.query(UUID.class).single()).isEqualTo(lunch);
		assertThat(jdbc.sql("SELECT count(DISTINCT at) FROM messaging_daily_entry WHERE id IN (:a, :b)").param("a", lunch)
			.param("b", replacement).query(Long.class).single()).as("a correction keeps the time").isEqualTo(1);
		// the guardian sees what stands; the staff see the trace
		mvc.perform(get("/api/v1/daily/children/" + child).session(a2.guardian()))
			.andExpect(jsonPath("$.timeline[?(@.kind == 'ACTIVITY' && @.text == '画画')]").isEmpty())
			.andExpect(jsonPath("$.timeline[?(@.meal == 'SUPPER')].portion").value("ALL"))
			.andExpect(jsonPath("$.timeline[?(@.meal == 'SUPPER')].correction").value(true));
		mvc.perform(get("/api/v1/daily/children/" + child).session(caregiverA))
			.andExpect(jsonPath("$.timeline[?(@.meal == 'SUPPER')]", hasSize(2)))
			.andExpect(jsonPath("$.timeline[?(@.text == '画画')].status").value("WITHDRAWN"));
		mvc.perform(get("/org/daily/children/" + child).session(caregiverA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已撤回")))
			.andExpect(content().string(containsString("withdraw-" + replacement)));
		// the next day it can no longer be changed
		TestClock.setCityTime(TestClock.today().plusDays(1).atTime(8, 0));
		mvc.perform(post("/api/v1/daily/entries/" + replacement + "/withdrawal").session(caregiverA).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.entry.notToday"));
	}

	@Test
	void daysAreCutAtTheCitysMidnight() throws Exception {
		UUID child = b1.child();
		LocalDate day = TestClock.today().plusDays(1);
		TestClock.setCityTime(day.atTime(23, 59, 30));
		record(caregiverB, List.of(child), "\"kind\":\"NOTE\",\"text\":\"睡前喝了牛奶\"").andExpect(status().isCreated());
		mvc.perform(get("/api/v1/daily/children/" + child).session(b1.guardian()))
			.andExpect(jsonPath("$.day").value(day.toString()))
			.andExpect(jsonPath("$.timeline[?(@.text == '睡前喝了牛奶')]").isNotEmpty());

		TestClock.setCityTime(day.plusDays(1).atTime(0, 0, 30));
		record(caregiverB, List.of(child), "\"kind\":\"NOTE\",\"text\":\"零点后醒来\"").andExpect(status().isCreated());
		// a time of yesterday is refused now
		record(caregiverB, List.of(child), "\"kind\":\"NOTE\",\"text\":\"x\",\"at\":\"%sT23:59\"".formatted(day))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.at.today"));
		mvc.perform(get("/api/v1/daily/children/" + child).session(b1.guardian()))
			.andExpect(jsonPath("$.day").value(day.plusDays(1).toString()))
			.andExpect(jsonPath("$.timeline[?(@.text == '睡前喝了牛奶')]").isEmpty())
			.andExpect(jsonPath("$.timeline[?(@.text == '零点后醒来')]").isNotEmpty())
			.andExpect(jsonPath("$.earlierDays[0]").value(day.toString()));
		mvc.perform(get("/api/v1/daily/children/" + child).param("day", day.toString()).session(b1.guardian()))
			.andExpect(jsonPath("$.today").value(false))
			.andExpect(jsonPath("$.timeline[?(@.text == '睡前喝了牛奶')]").isNotEmpty())
			.andExpect(jsonPath("$.timeline[?(@.text == '零点后醒来')]").isEmpty());
		mvc.perform(get("/api/v1/daily/children/" + child).param("day", day.plusDays(2).toString()).session(b1.guardian()))
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("SELECT day FROM messaging_daily_entry WHERE child_id = :child AND text = '睡前喝了牛奶'")
			.param("child", child).query(LocalDate.class).single()).isEqualTo(day);
	}

	@Test
	void theGuardiansGetTheDaysSummaryOnce() throws Exception {
		record(caregiverA, List.of(a1.child()), "\"kind\":\"MEAL\",\"meal\":\"AFTERNOON_SNACK\",\"portion\":\"ALL\"")
			.andExpect(status().isCreated());
		assertThat(daily.sendSummaries()).isPositive();
		assertThat(daily.sendSummaries()).isZero();
		String inbox = mvc.perform(get("/api/v1/notifications").session(a1.guardian())).andReturn().getResponse()
			.getContentAsString();
		assertThat(inbox.split("的一日生活", -1)).hasSize(2);
		mvc.perform(get("/notifications").session(a1.guardian()))
			.andExpect(content().string(containsString("周一一 今天（" + TestClock.today() + "）的一日生活")));
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_daily_summary WHERE child_id = :child AND day = :day")
			.param("child", a1.child()).param("day", TestClock.today()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badInputIsAnsweredWithProblemsAndWritesNothing() throws Exception {
		long before = entries();
		record(caregiverA, List.of(a1.child()), "\"kind\":\"MEAL\",\"meal\":\"LUNCH\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("portion"))
			.andExpect(jsonPath("$.detail").value("请填写此项"));
		record(caregiverA, List.of(a1.child()), "\"kind\":\"MEAL\",\"meal\":\"LUNCH\",\"portion\":\"HALF\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("portion"));
		record(caregiverA, List.of(), "\"kind\":\"MOOD\",\"mood\":\"HAPPY\"")
			.andExpect(jsonPath("$.errors[0].field").value("childIds"));
		record(caregiverA, List.of(a1.child()), "\"kind\":\"DRINK\",\"millilitres\":5000")
			.andExpect(jsonPath("$.errors[0].field").value("millilitres"));
		record(caregiverA, List.of(a1.child()), "\"kind\":\"ARRIVAL\"")
			.andExpect(jsonPath("$.errors[0].code").value("messaging.daily.kind.fromAttendance"));
		record(caregiverA, List.of(a1.child()), "\"kind\":\"NOTE\",\"at\":\"%s\"".formatted(
				LocalDateTime.now(TestClock.get()).plusHours(1).withNano(0)))
			.andExpect(jsonPath("$.errors[0].code").value(startsWith("messaging.daily.")));
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void theTabletAndPhonePagesRecordAndShowTheDay() throws Exception {
		mvc.perform(get("/org/daily").session(caregiverA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("小一班")))
			.andExpect(content().string(not(containsString("小二班"))));
		mvc.perform(get("/org/daily/classes/" + classA.classId()).session(caregiverA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pick-" + a1.child())))
			.andExpect(content().string(containsString("全选")));
		mvc.perform(post("/org/daily/classes/" + classA.classId() + "/entries").session(caregiverA).with(csrf())
			.param("childIds", a1.child().toString(), a4.child().toString()).param("kind", "DRINK")
			.param("drinkAmount", "MUCH").param("time", ""))
			.andExpect(redirectedUrl("/org/daily/classes/" + classA.classId()))
			.andExpect(flash().attribute("flash", "messaging.daily.recorded"));
		mvc.perform(post("/org/daily/classes/" + classA.classId() + "/entries").session(caregiverA).with(csrf())
			.param("kind", "DRINK").param("drinkAmount", "MUCH"))
			.andExpect(flash().attribute("flashError", "messaging.daily.children.required"));
		mvc.perform(get("/family/daily/children/" + a4.child()).session(a4.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("饮水")))
			.andExpect(content().string(containsString("hx-get=\"/family/daily/children/" + a4.child() + "/live\"")));
		mvc.perform(get("/family/daily/children/" + a4.child()).param("lang", "en").session(a4.guardian()))
			.andExpect(content().string(containsString("Timeline")));
		mvc.perform(get("/family/daily/children/" + a4.child() + "/live").session(a4.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("daily-timeline")));
		mvc.perform(get("/family").session(a4.guardian()))
			.andExpect(content().string(containsString("/family/daily/children/" + a4.child())));
		mvc.perform(post("/family/daily/children/" + a4.child() + "/medicine").session(a4.guardian()).with(csrf())
			.param("medication", "").param("dose", "5ml").param("firstTime", "12:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("长度须在")));
		mvc.perform(get("/org/attendance/classes/" + classA.classId()).session(caregiverA))
			.andExpect(content().string(containsString("/org/daily/classes/" + classA.classId())));
	}

	@Test
	void everyApiIsDocumented() throws Exception {
		for (String path : List.of("/api/v1/daily/classes", "/api/v1/daily/classes/{classId}", "/api/v1/daily/entries",
				"/api/v1/daily/entries/{id}/withdrawal", "/api/v1/daily/entries/{id}/correction", "/api/v1/daily/naps/end",
				"/api/v1/daily/children/{childId}", "/api/v1/daily/medicine-requests",
				"/api/v1/daily/medicine-requests/{id}/cancellation", "/api/v1/daily/medicine-requests/{id}/doses",
				"/api/v1/staff/people/{personId}/account")) {
			mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.paths['" + path + "']").exists());
		}
	}

	private ResultActions record(MockHttpSession session, List<UUID> children, String values) throws Exception {
		String ids = children.stream().map(id -> "\"" + id + "\"").reduce((a, b) -> a + "," + b).orElse("");
		return mvc.perform(post("/api/v1/daily/entries").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"childIds\":[%s],%s}".formatted(ids, values)));
	}

	/** Caregiver A records for the children at a time of today. */
	private void at(List<UUID> children, String time, String values) throws Exception {
		record(caregiverA, children, "\"at\":\"%sT%s\",%s".formatted(TestClock.today(), time, values))
			.andExpect(status().isCreated());
	}

	private ResultActions medicineRequest(MockHttpSession session, UUID child, String times) throws Exception {
		return mvc.perform(post("/api/v1/daily/medicine-requests").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"childId":"%s","medication":"布洛芬混悬液","dose":"5ml","times":%s,"note":"体温超过38.5℃再喂"}
					""".formatted(child, times)));
	}

	private ResultActions dose(MockHttpSession session, String request) throws Exception {
		return mvc.perform(post("/api/v1/daily/medicine-requests/" + request + "/doses").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
	}

	private List<UUID> ids(String body) {
		return json.readTree(body).get("ids").valueStream().map(id -> UUID.fromString(id.asString())).toList();
	}

	private long entries() {
		return jdbc.sql("SELECT count(*) FROM messaging_daily_entry").query(Long.class).single();
	}

	private long audits(String action, UUID child) {
		return jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = :action AND target_id = :child")
			.param("action", action).param("child", child.toString()).query(Long.class).single();
	}
}
