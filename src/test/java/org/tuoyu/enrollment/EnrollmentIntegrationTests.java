package org.tuoyu.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class EnrollmentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void choicesMustHaveAClassForTheAgeAndLinesFollowThePriorityRules() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID toddlers = filedInstitution(admin, 23_001, "enroll-toddlers", "TODDLER", 1);
		UUID infants = filedInstitution(admin, 23_002, "enroll-infants", "INFANT", 5);
		MockHttpSession first = guardian("13800001001");
		MockHttpSession second = guardian("13800001002");
		LocalDate start = TestClock.today().plusMonths(1);
		UUID early = child(first, "早申请", start.minusMonths(15));
		UUID supported = child(second, "托底宝宝", start.minusMonths(16));

		apply(first, early, start, "[\"%s\",\"%s\"]".formatted(toddlers, infants), "[]", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("institutionIds"))
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.choice.noClass"))
			.andExpect(jsonPath("$.errors[0].message").value("“阳光宝贝托育中心 enroll-infants”没有适合15个月孩子的班级（需要托小班）"));
		apply(first, early, start, "[\"%s\",\"%s\"]".formatted(toddlers, toddlers), "[]", null)
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.choices.repeated"));
		apply(first, early, start, "[\"%s\"]".formatted(toddlers), "[]", null).andExpect(status().isCreated());
		apply(first, early, start, "[\"%s\"]".formatted(toddlers), "[]", null)
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.application.pending"));
		UUID tooOld = child(first, "大宝", start.minusMonths(40));
		apply(first, tooOld, start, "[\"%s\"]".formatted(toddlers), "[]", null)
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.age.outside"));
		apply(second, supported, start, "[\"%s\"]".formatted(toddlers), "[\"LOW_INCOME\"]", "320213021")
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/enrollment/applications").session(first))
			.andExpect(jsonPath("$[0].classType").value("TODDLER"))
			.andExpect(jsonPath("$[0].standings[0].position").value(2))
			.andExpect(jsonPath("$[0].standings[0].places").value(1))
			.andExpect(jsonPath("$[0].standings[0].reasons").isEmpty());
		mvc.perform(get("/api/v1/enrollment/applications").session(second))
			.andExpect(jsonPath("$[0].standings[0].position").value(1))
			.andExpect(jsonPath("$[0].standings[0].score").value(30))
			.andExpect(jsonPath("$[0].standings[0].reasons[0]").value("SUPPORT"))
			.andExpect(jsonPath("$[0].standings[0].reasons[1]").value("SAME_STREET"));

		MockHttpSession org = Logins.login(mvc, "enroll-toddlers", Institutions.PASSWORD);
		mvc.perform(get("/api/v1/enrollment/waitlists").session(org))
			.andExpect(jsonPath("$.TODDLER[0].childName").value("托底宝宝"))
			.andExpect(jsonPath("$.TODDLER[1].childName").value("早申请"))
			.andExpect(jsonPath("$.TODDLER[1].ageMonthsAtStart").value(15));
		MockHttpSession otherOrg = Logins.login(mvc, "enroll-infants", Institutions.PASSWORD);
		mvc.perform(get("/api/v1/enrollment/waitlists").param("institutionId", toddlers.toString()).session(otherOrg))
			.andExpect(status().isNotFound());

		String mine = json.readTree(mvc.perform(get("/api/v1/enrollment/applications").session(first)).andReturn()
			.getResponse().getContentAsString()).get(0).get("id").asString();
		mvc.perform(post("/api/v1/enrollment/applications/" + mine + "/withdraw").session(second).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/enrollment/applications/" + mine + "/withdraw").session(first).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/enrollment/waitlists").session(org)).andExpect(jsonPath("$.TODDLER.length()").value(1));
		mvc.perform(get("/api/v1/public/enrollment/rules"))
			.andExpect(jsonPath("$.maxChoices").value(3))
			.andExpect(jsonPath("$.points.SUPPORT").value(20));
		mvc.perform(get("/enrollment/rules")).andExpect(status().isOk());
	}

	@Test
	void aGuardianAppliesOnThePhonePagesAndTheInstitutionSeesItsLine() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = filedInstitution(admin, 23_003, "enroll-pages", "INFANT", 3);
		MockHttpSession guardian = guardian("13800001003");
		LocalDate start = TestClock.today().plusMonths(2);
		UUID child = child(guardian, "页面宝宝", start.minusMonths(8));
		mvc.perform(get("/family/children/" + child + "/apply").session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("阳光宝贝托育中心 enroll-pages")));
		mvc.perform(post("/family/children/" + child + "/apply").session(guardian).with(csrf())
			.param("desiredStart", start.toString()).param("serviceForm", "FULL_DAY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请至少选择一家机构")));
		mvc.perform(post("/family/children/" + child + "/apply").session(guardian).with(csrf())
			.param("first", institution.toString()).param("desiredStart", start.toString()).param("serviceForm", "FULL_DAY")
			.param("supportNeeds", "MULTIPLE_CHILDREN"))
			.andExpect(redirectedUrl("/family/applications"));
		mvc.perform(get("/family/applications").session(guardian))
			.andExpect(content().string(containsString("排第1位（该班型共3个托位）")))
			.andExpect(content().string(containsString("托底保障")));
		mvc.perform(get("/org/applications").session(Logins.login(mvc, "enroll-pages", Institutions.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面宝宝")));
	}

	@Test
	void acceptancesAtTheSameMomentNeverFillAClassBeyondItsCapacity() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = filedInstitution(admin, 23_004, "enroll-race", "INFANT", 3);
		MockHttpSession org = Logins.login(mvc, "enroll-race", Institutions.PASSWORD);
		String classId = json.readTree(mvc.perform(get("/api/v1/institutions/" + institution).session(org)).andReturn()
			.getResponse().getContentAsString()).get("classes").get(0).get("id").asString();
		LocalDate start = TestClock.today().plusMonths(1);
		int families = 6; // as many as the test pool has connections, all at once
		List<MockHttpSession> guardians = new ArrayList<>();
		for (int i = 0; i < families; i++) {
			MockHttpSession guardian = guardian("1380000%04d".formatted(2000 + i));
			guardians.add(guardian);
			UUID child = child(guardian, "抢位宝宝" + i, start.minusMonths(8));
			apply(guardian, child, start, "[\"%s\"]".formatted(institution), "[]", null).andExpect(status().isCreated());
		}
		var line = json.readTree(mvc.perform(get("/api/v1/enrollment/waitlists").session(org)).andReturn().getResponse()
			.getContentAsString()).get("INFANT");
		List<String> offers = new ArrayList<>();
		for (var entry : line) {
			offers.add(json.readTree(mvc.perform(post("/api/v1/enrollment/offers").session(org).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"applicationId\":\"%s\",\"classId\":\"%s\"}".formatted(entry.get("applicationId").asString(), classId)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
		}
		Map<String, MockHttpSession> holder = new HashMap<>();
		for (MockHttpSession guardian : guardians) {
			String offer = json.readTree(mvc.perform(get("/api/v1/enrollment/offers").session(guardian)).andReturn()
				.getResponse().getContentAsString()).get(0).get("id").asString();
			holder.put(offer, guardian);
		}
		assertThat(holder.keySet()).containsExactlyInAnyOrderElementsOf(offers);
		String someoneElses = offers.get(0);
		MockHttpSession notTheHolder = guardians.stream().filter(g -> g != holder.get(someoneElses)).findFirst().orElseThrow();
		mvc.perform(post("/api/v1/enrollment/offers/" + someoneElses + "/accept").session(notTheHolder).with(csrf()))
			.andExpect(status().isNotFound());

		ExecutorService pool = Executors.newFixedThreadPool(families);
		List<Future<Integer>> answers = new ArrayList<>();
		CountDownLatch go = new CountDownLatch(1);
		for (var offer : holder.entrySet()) {
			answers.add(pool.submit(() -> {
				go.await();
				return mvc.perform(post("/api/v1/enrollment/offers/" + offer.getKey() + "/accept").session(offer.getValue())
					.with(csrf())).andReturn().getResponse().getStatus();
			}));
		}
		go.countDown();
		int accepted = 0;
		int refused = 0;
		for (var answer : answers) {
			int code = answer.get();
			if (code == 200) {
				accepted++;
			}
			else if (code == 422) {
				refused++;
			}
		}
		pool.shutdown();
		assertThat(accepted).isEqualTo(3);
		assertThat(refused).isEqualTo(families - 3);
		assertThat(jdbc.sql(
				"SELECT count(*) FROM enrollment_placement WHERE class_id = :c AND status = 'ACTIVE'")
			.param("c", UUID.fromString(classId)).query(Long.class).single()).isEqualTo(3);
		mvc.perform(get("/api/v1/enrollment/roster").session(org)).andExpect(jsonPath("$.length()").value(3));
		mvc.perform(get("/api/v1/enrollment/offers").session(org))
			.andExpect(jsonPath("$[?(@.status == 'FULL')]").isNotEmpty());
		String anAccepted = holder.keySet().stream().filter(o -> {
			try {
				return json.readTree(mvc.perform(get("/api/v1/enrollment/offers").session(holder.get(o))).andReturn()
					.getResponse().getContentAsString()).get(0).get("status").asString().equals("ACCEPTED");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
		mvc.perform(post("/api/v1/enrollment/offers/" + anAccepted + "/accept").session(holder.get(anAccepted)).with(csrf()))
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.offer.answered"));
		mvc.perform(get("/org/applications").session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("抢位宝宝")));
		mvc.perform(get("/api/v1/directory/institutions/" + institution))
			.andExpect(jsonPath("$.vacancies.INFANT.places").value(3))
			.andExpect(jsonPath("$.vacancies.INFANT.placed").value(3))
			.andExpect(jsonPath("$.vacancies.INFANT.free").value(0))
			.andExpect(jsonPath("$.vacancies.INFANT.waiting").value(families - 3));
		mvc.perform(get("/directory/institutions/" + institution))
			.andExpect(content().string(containsString("空余托位与排队")));
		// search results carry the same figures, for all the institutions found at once
		mvc.perform(get("/api/v1/directory/institutions").param("lat", "31.5689").param("lng", "120.2991"))
			.andExpect(jsonPath("$[?(@.id == '%s')].freePlaces".formatted(institution)).value(contains(0)))
			.andExpect(jsonPath("$[?(@.id == '%s')].waiting".formatted(institution)).value(contains(families - 3)))
			.andExpect(jsonPath("$[?(@.id == '%s')].vacancies.INFANT.placed".formatted(institution)).value(contains(3)));
		mvc.perform(get("/directory").param("lat", "31.5689").param("lng", "120.2991"))
			.andExpect(content().string(containsString("空余0个托位 · 3人排队")));
	}

	@Autowired
	PlacementManagement placements;

	@Test
	void aFreedPlaceGoesToTheNextInLineOnDeclineExpiryAndLeaving() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = filedInstitution(admin, 23_005, "enroll-next", "TODDLER", 1);
		MockHttpSession org = Logins.login(mvc, "enroll-next", Institutions.PASSWORD);
		String classId = json.readTree(mvc.perform(get("/api/v1/institutions/" + institution).session(org)).andReturn()
			.getResponse().getContentAsString()).get("classes").get(0).get("id").asString();
		LocalDate start = TestClock.today().plusMonths(1);
		List<MockHttpSession> guardians = new ArrayList<>();
		List<String> applications = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			MockHttpSession guardian = guardian("138000030%02d".formatted(i));
			guardians.add(guardian);
			UUID child = child(guardian, "接力宝宝" + i, start.minusMonths(14));
			applications.add(json.readTree(apply(guardian, child, start, "[\"%s\"]".formatted(institution), "[]", null)
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
		}
		mvc.perform(post("/api/v1/enrollment/offers").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"applicationId\":\"%s\",\"classId\":\"%s\"}".formatted(applications.get(0), classId)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/enrollment/offers/" + openOffer(guardians.get(0)) + "/decline").session(guardians.get(0))
			.with(csrf())).andExpect(status().isNoContent());
		String second = openOffer(guardians.get(1));
		jdbc.sql("UPDATE enrollment_offer SET respond_by = :today - 1 WHERE id = :id").param("today", TestClock.today()).param("id", UUID.fromString(second))
			.update();
		assertThat(placements.expireOffers()).isPositive();
		String third = openOffer(guardians.get(2));
		mvc.perform(post("/api/v1/enrollment/offers/" + third + "/accept").session(guardians.get(2)).with(csrf()))
			.andExpect(status().isOk());
		String placement = json.readTree(mvc.perform(get("/api/v1/enrollment/roster").session(org)).andReturn()
			.getResponse().getContentAsString()).get(0).get("id").asString();
		mvc.perform(post("/api/v1/enrollment/placements/" + placement + "/end").session(guardians.get(0)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/enrollment/placements/" + placement + "/end").session(org).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/enrollment/roster").session(org)).andExpect(jsonPath("$").isEmpty());
		// the two who declined or let the offer expire are not offered the same place again
		mvc.perform(get("/api/v1/enrollment/offers").session(org))
			.andExpect(jsonPath("$[?(@.status == 'OFFERED')]").isEmpty());
	}

	@Test
	void aLongLineShowsItsFirstHundredUntilAskedForAll() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = filedInstitution(admin, 23_006, "enroll-long", "TODDLER", 15);
		guardian("13800004001");
		UUID account = jdbc.sql("SELECT id FROM platform_account WHERE username = '13800004001'").query(UUID.class).single();
		jdbc.sql("""
				WITH kids AS (
				  INSERT INTO family_child (id, name, sex, birth_date, created_by)
				  SELECT gen_random_uuid(), '长队' || g, 'MALE', :today - 480, :account FROM generate_series(1, 105) g
				  RETURNING id),
				apps AS (
				  INSERT INTO enrollment_application (id, child_id, guardian_id, desired_start, service_form, class_type)
				  SELECT gen_random_uuid(), id, :account, :today + 30, 'FULL_DAY', 'TODDLER' FROM kids RETURNING id)
				INSERT INTO enrollment_choice (application_id, rank, institution_id) SELECT id, 1, :institution FROM apps
				""").param("today", TestClock.today()).param("account", account).param("institution", institution).update();
		MockHttpSession org = Logins.login(mvc, "enroll-long", Institutions.PASSWORD);
		String page = mvc.perform(get("/org/applications").session(org)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("显示前100位，共105位排队。");
		assertThat(page.split("/offer\"").length - 1).isEqualTo(100);
		String all = mvc.perform(get("/org/applications").param("all", "true").session(org)).andReturn().getResponse()
			.getContentAsString();
		assertThat(all.split("/offer\"").length - 1).isEqualTo(105);
		assertThat(all).doesNotContain("显示前100位");
		mvc.perform(get("/api/v1/enrollment/waitlists").session(org)).andExpect(jsonPath("$.TODDLER.length()").value(105));
	}

	private String openOffer(MockHttpSession guardian) throws Exception {
		return fixtures().openOffer(guardian);
	}

	private UUID filedInstitution(MockHttpSession admin, int serial, String username, String classType, int capacity)
			throws Exception {
		return fixtures().filedInstitution(admin, serial, username, classType, capacity);
	}

	private MockHttpSession guardian(String phone) throws Exception {
		return fixtures().guardian(phone);
	}

	private UUID child(MockHttpSession guardian, String name, LocalDate birth) throws Exception {
		return fixtures().child(guardian, name, birth);
	}

	private ResultActions apply(MockHttpSession guardian, UUID child, LocalDate start, String institutions,
			String support, String street) throws Exception {
		return fixtures().apply(guardian, child, start, institutions, support, street);
	}

	private EnrollmentFixtures fixtures() {
		return new EnrollmentFixtures(mvc, json, jdbc);
	}
}
