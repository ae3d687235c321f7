package org.tuoyu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TestClock;

/**
 * The demo profile: one account per role, with the passwords the README lists.
 */
@SpringBootTest(properties = "tuoyu.admin.password=")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoProfileIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.junit.jupiter.api.Test
	void streetsGetDeterministicDemoPopulationThatAddsUpToTheirDistrict() {
		assertThat(jdbc.sql("""
				SELECT sum(residents) FROM region_population
				WHERE year = 2020 AND division_code LIKE '320213___'
				""").query(Long.class).single()).isEqualTo(985_465L);
		assertThat(jdbc.sql("SELECT residents FROM region_population WHERE division_code = '320213021' AND year = 2020")
			.query(Long.class)
			.single()).isPositive();
	}

	@org.junit.jupiter.api.Test
	void aboutTwentyThousandChildrenArePlacedWithinCapacityOrWaiting() throws Exception {
		long children = jdbc.sql("SELECT count(*) FROM family_child").query(Long.class).single();
		assertThat(children).isBetween(18_000L, 22_000L);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM institution_class k WHERE k.capacity < (SELECT count(*) FROM enrollment_placement p
				  WHERE p.class_id = k.id AND p.status = 'ACTIVE') + (SELECT count(*) FROM enrollment_offer o
				  WHERE o.class_id = k.id AND o.status = 'OFFERED')
				""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM enrollment_placement").query(Long.class).single())
			.isBetween(12_000L, 17_000L);
		assertThat(jdbc.sql("SELECT count(*) FROM enrollment_application WHERE status = 'PENDING'").query(Long.class)
			.single()).isBetween(4_000L, 6_000L);
		MockHttpSession parent = Logins.login(mvc, "parent", "tuoyu2026demo");
		mvc.perform(get("/api/v1/enrollment/placements").session(parent))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].monthlyFee").isNumber());
		mvc.perform(get("/api/v1/enrollment/applications").session(parent))
			.andExpect(jsonPath("$[?(@.status == 'PENDING')]").isNotEmpty());
		// a month of announcements at the parent's institution, the fee notice still to acknowledge
		mvc.perform(get("/api/v1/announcements/received").session(parent))
			.andExpect(jsonPath("$.length()").value(7))
			.andExpect(jsonPath("$[?(@.awaitingAcknowledgement == true)]").isNotEmpty())
			.andExpect(jsonPath("$[?(@.read == false)]").isNotEmpty());
		MockHttpSession orgAdmin = Logins.login(mvc, "org-admin", "tuoyu2026demo");
		mvc.perform(get("/org/applications").session(orgAdmin))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		// today's attendance: most children and the caregivers in, some breaches, four past weeks at the demo institution
		assertThat(jdbc.sql("SELECT count(*) FROM attendance_visit WHERE day = :today").param("today", TestClock.today()).query(Long.class).single())
			.isGreaterThan(10_000L);
		assertThat(jdbc.sql("SELECT count(*) FROM attendance_ratio_breach WHERE ended_at IS NULL").query(Long.class).single())
			.isPositive();
		mvc.perform(get("/api/v1/attendance/monthly").param("month", TestClock.thisMonth().toString()).session(orgAdmin))
			.andExpect(jsonPath("$[0].daysAttended").isNumber());
		mvc.perform(get("/org/attendance").session(orgAdmin))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		// every placed child passed an admission check, so any of them can be checked in
		assertThat(jdbc.sql("""
				SELECT count(*) FROM enrollment_placement p WHERE p.status = 'ACTIVE' AND NOT EXISTS (SELECT 1
				  FROM health_examination e WHERE e.child_id = p.child_id AND e.kind = 'ADMISSION' AND e.passed)
				""").query(Long.class).single()).isZero();
		// the demo health worker's morning: three fevers in one class open a signal; a serious fall waits to be reported
		assertThat(jdbc.sql("SELECT count(*) FROM health_daily_check WHERE day = :today").param("today", TestClock.today()).query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM health_outbreak_signal WHERE status = 'OPEN'").query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM health_incident WHERE severity = 'SERIOUS' AND report_deadline IS NOT NULL
				  AND district_told_at IS NULL""").query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/api/v1/health/incidents").session(orgAdmin)).andExpect(jsonPath("$[0].severity").value("SERIOUS"));
		// growth records: 2 to 5 measurements of the children measured, a few of them stunted or overweight
		assertThat(jdbc.sql("""
				SELECT count(*) FROM (SELECT child_id FROM health_growth_measurement GROUP BY child_id
				  HAVING count(*) NOT BETWEEN 2 AND 5) x""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(DISTINCT child_id) FROM health_growth_measurement").query(Long.class).single())
			.isBetween(1_000L, 3_000L);
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT child_id) FROM health_growth_measurement
				WHERE length_for_age_z < -2 OR weight_for_length_z > 2""").query(Long.class).single()).isBetween(10L, 300L);
		mvc.perform(get("/api/v1/health/growth/summary").session(orgAdmin))
			.andExpect(jsonPath("$.total.onSchedule.count").value(org.hamcrest.Matchers.greaterThan(0)));
	}

	@org.junit.jupiter.api.Test
	void aboutThreeHundredInstitutionsCoverEveryStreetWithRoughlyThePlansPlaces() throws Exception {
		long institutions = jdbc.sql("SELECT count(*) FROM institution_institution").query(Long.class).single();
		assertThat(institutions).isBetween(280L, 360L);
		long places = jdbc.sql("SELECT sum(capacity) FROM institution_class").query(Long.class).single();
		assertThat(places).isBetween(18_300L, 24_800L);
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT division_code) FROM institution_institution
				""").query(Long.class).single()).isEqualTo(88);
		assertThat(jdbc.sql("SELECT count(*) FROM institution_institution WHERE ownership = 'PRIVATE'")
			.query(Long.class).single()).isGreaterThan(institutions / 2);
		assertThat(jdbc.sql("SELECT count(*) FROM institution_institution WHERE inclusive").query(Long.class).single())
			.isPositive();
		MockHttpSession orgAdmin = Logins.login(mvc, "org-admin", "tuoyu2026demo");
		mvc.perform(get("/org/institution").session(orgAdmin))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}

	@Test
	void everyInstitutionHasStaffWithAMixOfCertificatesShortfallsAndTwoBanCases() {
		assertThat(jdbc.sql("""
				SELECT count(*) FROM institution_institution i WHERE NOT EXISTS
				  (SELECT 1 FROM staff_employment e WHERE e.institution_id = i.id AND e.role = 'HEAD' AND e.ended_on IS NULL)
				""").query(Long.class).single()).isZero();
		long certificates = jdbc.sql("SELECT count(*) FROM staff_certificate").query(Long.class).single();
		long expiring = jdbc.sql("""
				SELECT count(*) FROM staff_certificate WHERE expires_on BETWEEN :today AND :today + 30
				""").param("today", TestClock.today()).query(Long.class).single();
		long expired = jdbc.sql("SELECT count(*) FROM staff_certificate WHERE expires_on < :today").param("today", TestClock.today())
			.query(Long.class).single();
		assertThat(expiring).isBetween(certificates / 100, certificates / 10);
		assertThat(expired).isBetween(certificates / 200, certificates / 10);
		long shortClasses = jdbc.sql("""
				SELECT count(*) FROM institution_class c WHERE (SELECT count(*) FROM staff_assignment a WHERE a.class_id = c.id)
				  < ceil(c.capacity / CASE c.class_type WHEN 'INFANT' THEN 3.0 WHEN 'TODDLER' THEN 5.0
				    WHEN 'OLDER_TODDLER' THEN 7.0 WHEN 'MIXED' THEN 5.0 ELSE 3.0 END)
				""").query(Long.class).single();
		assertThat(shortClasses).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM staff_ban WHERE principal_ban_id IS NULL").query(Long.class).single())
			.isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "admin, CITY_ADMIN, /admin", "liangxi, DISTRICT_ADMIN, /admin", "street, STREET_OFFICER, /admin",
			"inspector, INSPECTOR, /admin", "org-admin, INSTITUTION_ADMIN, /org", "caregiver, CAREGIVER, /org",
			"health, HEALTH_WORKER, /org", "parent, GUARDIAN, /family",
			"provider, GUIDANCE_PROVIDER, /provider", "community, COMMUNITY_HEALTH, /admin/guidance" })
	void everyRoleHasADemoAccountThatLogsIntoItsFace(String username, Role role, String face) throws Exception {
		MockHttpSession session = Logins.login(mvc, username, "tuoyu2026demo");
		mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.role").value(role.name()));
		String landing = mvc.perform(get("/home").session(session)).andReturn().getResponse().getRedirectedUrl();
		assertThat(landing).isEqualTo(face);
		mvc.perform(get(face).session(session))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}
}
