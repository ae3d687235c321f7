package org.tuoyu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.statistics.ChildPopulationEstimate.ChildCount;
import org.tuoyu.statistics.internal.InstitutionFigures;
import org.tuoyu.statistics.internal.LiveFigures;
import org.tuoyu.test.Figures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

/**
 * The plan's indicators: the plan's own 2021 check, each indicator's definition on hand-built data,
 * freshness after events, and scope. Raw SQL changes emit no events, so those tests refresh the
 * summaries themselves.
 */
@TuoyuTest
class StatisticsIntegrationTests {

	/** 江阴 澄江街道: no other test files institutions here. */
	private static final String STREET = "320281001";

	/** 宜兴 屺亭街道 (12 communities) and 新庄街道: no other test uses them. */
	private static final String QITING = "320282002";

	private static final String XINZHUANG = "320282003";

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
	InstitutionFigures figures;

	@Autowired
	LiveFigures live;

	@Autowired
	ChildPopulationEstimate children;

	@Test
	void thePlansOwnFigureFor2021Is288PlacesPerThousand() throws Exception {
		indicators(admin(), "3202", "2021").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("PLACES_PER_1000"))
			.andExpect(jsonPath("$[0].value").value(2.88))
			.andExpect(jsonPath("$[0].numerator").value(21545))
			.andExpect(jsonPath("$[0].denominator").value(7479500))
			.andExpect(jsonPath("$[0].target").value(4.5))
			.andExpect(jsonPath("$[0].source").value("BASELINE"))
			.andExpect(jsonPath("$[1].code").value("INCLUSIVE_SHARE"))
			.andExpect(jsonPath("$[1].value").doesNotExist());
	}

	@Test
	void thisYearsIndicatorsComeFromTheOperatingInstitutionsOfTheArea() throws Exception {
		MockHttpSession admin = admin();
		Filed inclusive = Institutions.filedWithClass(mvc, jdbc, admin, 31_001, "stats-inclusive", STREET, "一班", "TODDLER", 15);
		Filed ordinary = Institutions.filedWithClass(mvc, jdbc, admin, 31_002, "stats-ordinary", STREET, "一班", "TODDLER", 10);
		Filed suspended = Institutions.filedWithClass(mvc, jdbc, admin, 31_003, "stats-suspended", STREET, "一班", "TODDLER", 12);
		jdbc.sql("""
				UPDATE institution_institution SET inclusive = true, inclusive_price_cap = 1500,
				  inclusive_valid_until = :today + 365, ownership = 'PUBLIC' WHERE id = :id
				""").param("today", TestClock.today()).param("id", inclusive.id()).update();
		jdbc.sql("UPDATE institution_institution SET status = 'SUSPENDED' WHERE id = :id").param("id", suspended.id()).update();
		jdbc.sql("""
				INSERT INTO region_population (division_code, year, residents, source) VALUES (:d, :year, 10000, 'test')
				ON CONFLICT (division_code, year) DO UPDATE SET residents = 10000
				""").param("d", STREET).param("year", thisYear()).update();
		refresh(inclusive.id(), ordinary.id(), suspended.id());
		MockHttpSession jiangyin = Officers.signedIn(mvc, admin, "stats-jiangyin", "DISTRICT_ADMIN", "320281", "Stats2026pass");

		indicators(jiangyin, STREET, null).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].value").value(2.5))
			.andExpect(jsonPath("$[0].numerator").value(25))
			.andExpect(jsonPath("$[0].denominator").value(10000))
			.andExpect(jsonPath("$[0].source").value("LIVE"))
			.andExpect(jsonPath("$[1].value").value(60.0))
			.andExpect(jsonPath("$[1].numerator").value(15))
			.andExpect(jsonPath("$[2].code").value("STREET_INCLUSIVE_COVERAGE"))
			.andExpect(jsonPath("$[2].value").value(100.0))
			.andExpect(jsonPath("$[3].value").doesNotExist())
			.andExpect(jsonPath("$[5].code").value("OCCUPANCY"))
			.andExpect(jsonPath("$[5].numerator").value(0))
			.andExpect(jsonPath("$[5].denominator").value(25));
		indicators(jiangyin, "320281", String.valueOf(thisYear())).andExpect(status().isOk())
			.andExpect(jsonPath("$[4].code").value("COUNTY_PUBLIC_COVERAGE"))
			.andExpect(jsonPath("$[4].value").value(100.0))
			.andExpect(jsonPath("$[3].numerator").value(0));
		jdbc.sql("UPDATE institution_institution SET status = 'CLOSED' WHERE id = :id").param("id", ordinary.id()).update();
		refresh(ordinary.id());
		indicators(jiangyin, STREET, null).andExpect(jsonPath("$[0].numerator").value(15))
			.andExpect(jsonPath("$[1].value").value(100.0));
	}

	@Test
	void onlyOfficersCoveringTheDivisionSeeItAndBadInputIsNamed() throws Exception {
		MockHttpSession admin = admin();
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "stats-liangxi", "DISTRICT_ADMIN", "320213", "Stats2026pass");
		indicators(liangxi, "320281", null).andExpect(status().isNotFound());
		indicators(liangxi, "3202", null).andExpect(status().isNotFound());
		indicators(liangxi, "320213", null).andExpect(status().isOk());
		indicators(admin, "3299", null).andExpect(status().isNotFound());
		indicators(admin, "3202", "2100").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		indicators(admin, "32x2", null).andExpect(status().is4xxClientError());
		Filed place = Institutions.filedWithClass(mvc, jdbc, admin, 31_004, "stats-staff", "320281004", "一班", "TODDLER", 5);
		MockHttpSession org = Logins.login(mvc, place.username(), Institutions.PASSWORD);
		indicators(org, "320281004", null).andExpect(status().isNotFound());
	}

	@Test
	void aDistrictAdministratorReadsTheCardsAndDrillsIntoAStreet() throws Exception {
		MockHttpSession admin = admin();
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "stats-page", "DISTRICT_ADMIN", "320213", "Stats2026pass");
		mvc.perform(get("/admin/statistics").session(liangxi))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("梁溪区 " + thisYear() + "年 统计指标")))
			.andExpect(content().string(containsString("indicator-PLACES_PER_1000")))
			.andExpect(content().string(containsString("2025年目标 4.5")))
			.andExpect(content().string(containsString("/admin/statistics?division=320213021&amp;year=" + thisYear())));
		mvc.perform(get("/admin/statistics").param("division", "320213021").session(liangxi))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("崇安寺街道")));
		mvc.perform(get("/admin/statistics").param("division", "3202").param("year", "2021").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2.88‰")))
			.andExpect(content().string(containsString("规划基数")));
		mvc.perform(get("/admin/statistics").param("division", "320281").session(liangxi)).andExpect(status().isNotFound());
	}

	@Test
	void theRemainingIndicatorsFollowTheirDefinitions() throws Exception {
		MockHttpSession admin = admin();
		Filed first = Institutions.filedWithClass(mvc, jdbc, admin, 32_001, "figures-first", QITING, "一班", "TODDLER", 15);
		Filed second = Institutions.filedWithClass(mvc, jdbc, admin, 32_002, "figures-second", QITING, "一班", "TODDLER", 10);
		Filed suspended = Institutions.filedWithClass(mvc, jdbc, admin, 32_003, "figures-closed", QITING, "一班", "TODDLER", 10);
		jdbc.sql("UPDATE institution_institution SET status = 'SUSPENDED' WHERE id = :id").param("id", suspended.id()).update();
		community(first, QITING + "002");
		community(second, QITING + "003");
		community(suspended, QITING + "004");
		jdbc.sql("""
				INSERT INTO region_population (division_code, year, residents, source) VALUES (:d, :year, 36000, 'test')
				ON CONFLICT (division_code, year) DO UPDATE SET residents = 36000
				""").param("d", QITING).param("year", thisYear()).update();
		PlacedChildren placed = new PlacedChildren(mvc, json, accounts, accountRows, "Figures2026pass");
		LocalDate born = TestClock.today().minusMonths(18);
		PlacedChildren.Family tried = placed.family(first, "13700011001", "体验转化", born);
		PlacedChildren.Family elsewhere = placed.family(second, "13700011002", "体验未转", born);
		UUID programme = trialProgramme("figures-trial");
		trialVoucher(programme, tried.child(), first.id(), "FGTRAL23");
		trialVoucher(programme, elsewhere.child(), first.id(), "FGTRAL24");
		hire(first, "CAREGIVER", "HEALTH", "NO_CRIMINAL_RECORD", "CAREGIVER");
		hire(first, "CAREGIVER", "HEALTH", "NO_CRIMINAL_RECORD", "EXPIRED:CAREGIVER");
		hire(second, "COOK", "HEALTH", "NO_CRIMINAL_RECORD");
		hire(suspended, "COOK");
		refresh(first.id(), second.id(), suspended.id());

		indicators(admin, QITING, null).andExpect(status().isOk())
			.andExpect(jsonPath("$[6].code").value("COMMUNITY_FACILITY_COVERAGE"))
			.andExpect(jsonPath("$[6].numerator").value(2))
			.andExpect(jsonPath("$[6].denominator").value(12))
			.andExpect(jsonPath("$[6].value").value(16.67))
			.andExpect(jsonPath("$[6].target").value(60))
			.andExpect(jsonPath("$[7].code").value("GUIDANCE_RATE"))
			.andExpect(jsonPath("$[7].value").doesNotExist())
			.andExpect(jsonPath("$[7].note").value("statistics.note.noGuidance"))
			.andExpect(jsonPath("$[8].code").value("ENROLMENT_RATE"))
			.andExpect(jsonPath("$[8].numerator").value(2))
			.andExpect(jsonPath("$[8].denominator").value(999))
			.andExpect(jsonPath("$[8].value").value(0.2))
			.andExpect(jsonPath("$[8].note").value("statistics.note.childrenEstimated"))
			.andExpect(jsonPath("$[8].target").doesNotExist())
			.andExpect(jsonPath("$[9].code").value("STAFF_CERTIFIED_SHARE"))
			.andExpect(jsonPath("$[9].numerator").value(2))
			.andExpect(jsonPath("$[9].denominator").value(3))
			.andExpect(jsonPath("$[9].value").value(66.67))
			.andExpect(jsonPath("$[10].code").value("TRIAL_VOUCHER_CONVERSION"))
			.andExpect(jsonPath("$[10].numerator").value(1))
			.andExpect(jsonPath("$[10].denominator").value(2))
			.andExpect(jsonPath("$[10].value").value(50.0));
		mvc.perform(get("/api/v1/vouchers/programmes/" + programme + "/report").session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.converted").value(1))
			.andExpect(jsonPath("$.trialRedeemed").value(2));

		jdbc.sql("""
				INSERT INTO region_baseline_figure (division_code, year, code, value, source) VALUES (:d, :year, 'CHILDREN_0_3', 500, 'test')
				ON CONFLICT (division_code, year, code) DO UPDATE SET value = 500
				""").param("d", QITING).param("year", thisYear()).update();
		live.changed();
		indicators(admin, QITING, null).andExpect(jsonPath("$[8].denominator").value(500))
			.andExpect(jsonPath("$[8].value").value(0.4))
			.andExpect(jsonPath("$[8].note").doesNotExist());
		indicators(admin, "3202", "2021").andExpect(jsonPath("$[8].value").doesNotExist())
			.andExpect(jsonPath("$[10].value").doesNotExist());

		LocalDate today = TestClock.today();
		assertThat(jdbc.sql("SELECT recheck_on FROM statistics_institution_figure WHERE institution_id = :id")
			.param("id", first.id()).query(LocalDate.class).single()).isEqualTo(today.plusDays(366));
		jdbc.sql("""
				UPDATE staff_certificate SET expires_on = :today - 1 WHERE type = 'CAREGIVER' AND person_id IN (
				  SELECT person_id FROM staff_employment WHERE institution_id = :id)
				""").param("today", TestClock.today()).param("id", first.id()).update();
		jdbc.sql("UPDATE statistics_institution_figure SET recheck_on = :today WHERE institution_id = :id")
			.param("today", today).param("id", first.id()).update();
		assertThat(figures.recheck()).isGreaterThanOrEqualTo(1);
		indicators(admin, QITING, null).andExpect(jsonPath("$[9].numerator").value(1))
			.andExpect(jsonPath("$[9].denominator").value(3));
	}

	@Test
	void childrenZeroToThreeAreStatedByThePlanOrEstimatedFromResidents() {
		assertThat(children.childrenZeroToThree("3202", 2021)).isEqualTo(new ChildCount("3202", 207_477L, false));
		assertThat(children.childrenZeroToThree("320282", 2021))
			.isEqualTo(new ChildCount("320282", Math.round(1_285_785 * 207_477d / 7_479_500), true));
		assertThat(children.childrenZeroToThree("3202", 2019).children()).isNull();
	}

	@Test
	void aPlacementALeavingAndAHireChangeTheIndicatorsWithinSeconds() throws Exception {
		MockHttpSession admin = admin();
		Filed place = Institutions.filedWithClass(mvc, jdbc, admin, 32_010, "figures-fresh", XINZHUANG, "一班", "TODDLER", 10);
		refresh(place.id());
		long street = placed(admin, XINZHUANG);
		long district = placed(admin, "320282");
		long city = placed(admin, "3202");

		PlacedChildren.Family family = new PlacedChildren(mvc, json, accounts, accountRows, "Figures2026pass")
			.family(place, "13700011010", "实时入托", TestClock.today().minusMonths(18));
		awaitPlaced(admin, XINZHUANG, street + 1);
		assertThat(placed(admin, "320282")).isEqualTo(district + 1);
		assertThat(placed(admin, "3202")).isEqualTo(city + 1);
		indicators(admin, XINZHUANG, null).andExpect(jsonPath("$[8].numerator").value(street + 1));

		UUID placement = jdbc.sql("SELECT id FROM enrollment_placement WHERE child_id = :child AND status = 'ACTIVE'")
			.param("child", family.child()).query(UUID.class).single();
		mvc.perform(post("/api/v1/enrollment/placements/" + placement + "/end").session(family.guardian()).with(csrf()))
			.andExpect(status().isNoContent());
		awaitPlaced(admin, XINZHUANG, street);
		assertThat(placed(admin, "3202")).isEqualTo(city);

		MockHttpSession org = Logins.login(mvc, place.username(), Institutions.PASSWORD);
		mvc.perform(post("/api/v1/staff").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"统计保育\",\"residentId\":\"%s\",\"role\":\"CAREGIVER\",\"startedOn\":\"%s\"}"
				.formatted(ResidentIds.complete("32028219850101301"), TestClock.today())))
			.andExpect(status().isCreated());
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (figure(admin, XINZHUANG, 9, "denominator") == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(figure(admin, XINZHUANG, 9, "denominator")).isEqualTo(1);
		assertThat(figure(admin, XINZHUANG, 9, "numerator")).isZero();
	}

	@Test
	void onlyTheCityAdministratorRebuildsTheSummaries() throws Exception {
		MockHttpSession admin = admin();
		mvc.perform(post("/api/v1/statistics/rebuild").session(admin).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").isNumber());
		MockHttpSession yixing = Officers.signedIn(mvc, admin, "figures-yixing", "DISTRICT_ADMIN", "320282", "Stats2026pass");
		mvc.perform(post("/api/v1/statistics/rebuild").session(yixing).with(csrf())).andExpect(status().isNotFound());
	}

	/** The OCCUPANCY numerator (children placed) of the division now. */
	private long placed(MockHttpSession user, String division) throws Exception {
		return figure(user, division, 5, "numerator");
	}

	/** The numerator or denominator of the n-th indicator of the division now. */
	private long figure(MockHttpSession user, String division, int n, String part) throws Exception {
		String body = indicators(user, division, null).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get(n).get(part).asLong();
	}

	/** Polls the figure with a short deadline: the summaries are refreshed after commit, asynchronously. */
	private void awaitPlaced(MockHttpSession user, String division, long expected) throws Exception {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (placed(user, division) != expected && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(placed(user, division)).isEqualTo(expected);
	}

	private void refresh(UUID... institutions) throws InterruptedException {
		Figures.settle(jdbc, figures, live, institutions);
	}

	private void community(Filed institution, String community) {
		jdbc.sql("UPDATE institution_site SET community_code = :c WHERE institution_id = :id").param("c", community)
			.param("id", institution.id()).update();
	}

	private UUID trialProgramme(String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO enrollment_voucher_programme (id, division_code, name, kind, trial_days, valid_from, valid_until,
				  min_age_months, max_age_months) VALUES (:id, '320282', :name, 'TRIAL', 5, :today - 30, :today + 30, 0, 36)
				""").param("today", TestClock.today()).param("id", id).param("name", name).update();
		return id;
	}

	/** A trial voucher of the child redeemed at the institution yesterday, before the child's placement. */
	private void trialVoucher(UUID programme, UUID child, UUID institution, String code) {
		jdbc.sql("""
				INSERT INTO enrollment_voucher (id, programme_id, child_id, code, trial_days, expires_on, status, redeemed_at,
				  redeemed_institution_id) VALUES (:id, :programme, :child, :code, 5, :today + 30, 'REDEEMED',
				  :now - interval '1 day', :institution)
				""").param("now", TestClock.nowInCity()).param("today", TestClock.today()).param("id", UUID.randomUUID()).param("programme", programme).param("child", child).param("code", code)
			.param("institution", institution).update();
	}

	/**
	 * A person with an open employment in the role and the certificates, each valid for a year
	 * ({@code EXPIRED:TYPE}: expired yesterday).
	 */
	private void hire(Filed institution, String role, String... certificates) {
		UUID person = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO staff_person (id, name, resident_id, resident_id_index, resident_id_masked, birth_date, sex)
				VALUES (:id, '统计职员', decode(md5(random()::text), 'hex'), decode(md5(random()::text), 'hex'), '3202**********0000',
				  DATE '1990-01-01', 'FEMALE')
				""").param("id", person).update();
		jdbc.sql("""
				INSERT INTO staff_employment (id, person_id, institution_id, role, started_on)
				VALUES (:id, :person, :institution, :role, :today - 10)
				""").param("today", TestClock.today()).param("id", UUID.randomUUID()).param("person", person).param("institution", institution.id())
			.param("role", role).update();
		for (String certificate : certificates) {
			boolean expired = certificate.startsWith("EXPIRED:");
			String type = expired ? certificate.substring("EXPIRED:".length()) : certificate;
			jdbc.sql("""
					INSERT INTO staff_certificate (id, person_id, type, level, number, issuer, issued_on, expires_on)
					VALUES (:id, :person, :type, :level, 'F-1', '无锡市', :today - 400, :expires)
					""").param("today", TestClock.today()).param("id", UUID.randomUUID()).param("person", person).param("type", type)
				.param("level", "CAREGIVER".equals(type) ? 4 : null)
				.param("expires", TestClock.today().plusDays(expired ? -1 : 365)).update();
		}
	}

	private ResultActions indicators(MockHttpSession user, String division, String year) throws Exception {
		var request = get("/api/v1/statistics/indicators").param("division", division).session(user);
		return mvc.perform(year == null ? request : request.param("year", year));
	}

	private MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private static int thisYear() {
		return TestClock.today().getYear();
	}
}
