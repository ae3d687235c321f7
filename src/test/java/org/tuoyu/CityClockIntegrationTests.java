package org.tuoyu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.HardInstant;
import org.tuoyu.test.HealthFixtures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The day, the month and the moment are the city's, in Java and in SQL alike, at the instants
 * where they are easiest to get wrong: the last and first half-minutes of a day, a month, a year
 * and a leap day, and the UTC evening when the city is already on the next day
 * (docs/decisions.md, "One city clock"). Each case runs at every {@link HardInstant}.
 */
@TuoyuTest
class CityClockIntegrationTests {

	private static final AtomicInteger SERIAL = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	static List<HardInstant> hardInstants() {
		return HardInstant.all();
	}

	@ParameterizedTest(name = "at {0}")
	@MethodSource("hardInstants")
	void aChildStartingTodayIsCheckedInOnTheCitysDayInJavaAndInSql(HardInstant at) throws Exception {
		TestClock.set(at.instant());
		assertThat(TestClock.today()).isEqualTo(at.cityDay());
		int n = SERIAL.incrementAndGet();
		EnrollmentFixtures fixtures = fixtures();
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = fixtures.filedInstitution(admin, 41_000 + n, "clock-in-" + n, "TODDLER", 5);
		MockHttpSession org = Logins.login(mvc, "clock-in-" + n, Institutions.PASSWORD);
		MockHttpSession guardian = fixtures.guardian(phone(n, 1));
		UUID child = fixtures.child(guardian, "午夜宝宝", at.cityDay().minusMonths(15));
		// a start on the city's yesterday is in the past, on the city's today it is not
		fixtures.apply(guardian, child, at.cityDay().minusDays(1), "[\"%s\"]".formatted(institution), "[]", null)
			.andExpect(status().isUnprocessableContent());
		fixtures.offer(org, fixtures.applyTo(guardian, child, at.cityDay(), institution), fixtures.firstClass(org, institution));
		fixtures.acceptOpenOffer(guardian);
		HealthFixtures.admitted(jdbc, child);

		mvc.perform(post("/api/v1/attendance/check-ins").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"%s\"}".formatted(child))).andExpect(status().isNoContent());

		// the stored day, and the day the database session (in the city's zone) cuts from the stored moment
		assertThat(jdbc.sql("SHOW TimeZone").query(String.class).single()).isEqualTo(TestClock.CITY.getId());
		List<LocalDate> days = jdbc.sql("SELECT day, checked_in_at::date FROM attendance_visit WHERE child_id = :c")
			.param("c", child)
			.query((rs, i) -> List.of(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.single();
		assertThat(days).containsExactly(at.cityDay(), at.cityDay());
		mvc.perform(get("/api/v1/attendance/roll").param("day", at.cityDay().toString()).session(org))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/v1/attendance/monthly").param("month", YearMonth.from(at.cityDay()).toString()).session(org))
			.andExpect(jsonPath("$[0].daysAttended").value(1));
	}

	@ParameterizedTest(name = "at {0}")
	@MethodSource("hardInstants")
	void aTransferEndsTheOldPlacementOnTheCitysDay(HardInstant at) throws Exception {
		TestClock.set(at.instant());
		int n = SERIAL.incrementAndGet();
		EnrollmentFixtures fixtures = fixtures();
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID from = fixtures.filedInstitution(admin, 41_100 + n, "clock-from-" + n, "TODDLER", 1);
		UUID to = fixtures.filedInstitution(admin, 41_200 + n, "clock-to-" + n, "TODDLER", 1);
		MockHttpSession fromOrg = Logins.login(mvc, "clock-from-" + n, Institutions.PASSWORD);
		MockHttpSession toOrg = Logins.login(mvc, "clock-to-" + n, Institutions.PASSWORD);
		MockHttpSession mover = fixtures.guardian(phone(n, 2));
		UUID child = fixtures.child(mover, "转托宝宝", at.cityDay().minusMonths(14));
		fixtures.offer(fromOrg, fixtures.applyTo(mover, child, at.cityDay(), from), fixtures.firstClass(fromOrg, from));
		String old = fixtures.acceptOpenOffer(mover);
		fixtures.offer(toOrg, fixtures.applyTo(mover, child, at.cityDay().plusDays(30), to), fixtures.firstClass(toOrg, to));
		fixtures.acceptOpenOffer(mover);

		mvc.perform(get("/api/v1/enrollment/placements/" + old).session(mover))
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endDate").value(at.cityDay().toString()));
	}

	@ParameterizedTest(name = "at {0}")
	@MethodSource("hardInstants")
	void aConsumptionVoucherIsForTheCitysMonth(HardInstant at) throws Exception {
		TestClock.set(at.instant());
		int n = SERIAL.incrementAndGet();
		YearMonth month = YearMonth.from(at.cityDay());
		EnrollmentFixtures fixtures = fixtures();
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = fixtures.filedInstitution(admin, 41_300 + n, "clock-voucher-" + n, "TODDLER", 5);
		MockHttpSession org = Logins.login(mvc, "clock-voucher-" + n, Institutions.PASSWORD);
		MockHttpSession guardian = fixtures.guardian(phone(n, 3));
		LocalDate birth = at.cityDay().minusMonths(16);
		String residentId = ResidentIds.complete("320213" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(n));
		UUID child = UUID.fromString(body(mvc.perform(post("/api/v1/family/children").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"月末宝宝\",\"sex\":\"%s\",\"birthDate\":\"%s\",\"relation\":\"MOTHER\",\"residentId\":\"%s\"}"
				.formatted(n % 2 == 1 ? "MALE" : "FEMALE", birth, residentId)))
			.andExpect(status().isCreated())).get("id").asString());
		fixtures.offer(org, fixtures.applyTo(guardian, child, at.cityDay(), institution), fixtures.firstClass(org, institution));
		fixtures.acceptOpenOffer(guardian);
		UUID programme = UUID.fromString(body(mvc.perform(post("/api/v1/vouchers/programmes").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"divisionCode":"320213","name":"月末消费券 %d","kind":"CONSUMPTION","trialDays":null,"monthlyAmount":300,
					 "validFrom":"%s","validUntil":"%s","minAgeMonths":6,"maxAgeMonths":36,"streets":[]}
					""".formatted(n, at.cityDay(), at.cityDay().plusMonths(3))))
			.andExpect(status().isCreated())).get("id").asString());
		mvc.perform(put("/api/v1/vouchers/programmes/" + programme + "/institutions").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"institutionIds\":[\"%s\"]}".formatted(institution)))
			.andExpect(status().is2xxSuccessful());
		// the city's previous month is over; its current month is open
		issue(admin, programme, month.minusMonths(1), residentId).andExpect(status().isUnprocessableContent());
		issue(admin, programme, month, residentId).andExpect(jsonPath("$.issued").value(1));
		String code = body(mvc.perform(get("/api/v1/family/vouchers").session(guardian))).get(0).get("code").asString();

		mvc.perform(post("/api/v1/vouchers/redemptions").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"%s\"}".formatted(code)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.serviceMonth").value(month.toString()));
	}

	@ParameterizedTest(name = "at {0}")
	@MethodSource("hardInstants")
	void aCertificateExpiringTodayCountsUntilTheCitysMidnight(HardInstant at) throws Exception {
		TestClock.set(at.instant());
		int n = SERIAL.incrementAndGet();
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		Institutions.register(mvc, admin, 41_400 + n, "clock-staff-" + n, "320213021");
		MockHttpSession org = Logins.login(mvc, "clock-staff-" + n, Institutions.PASSWORD);
		UUID person = UUID.fromString(body(mvc.perform(post("/api/v1/staff").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"午夜保育员","residentId":"%s","phone":"13812345678","role":"CAREGIVER","startedOn":"%s"}
					""".formatted(ResidentIds.complete("32020219850101" + "%03d".formatted(n)), at.cityDay().minusDays(30))))
			.andExpect(status().isCreated())).get("id").asString());
		certificate(org, person, at.cityDay()).andExpect(status().isCreated());
		// a certificate expiring after today is refused as 'issued in the future' only from tomorrow
		mvc.perform(post("/api/v1/staff/people/" + person + "/certificates").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"FIRST_AID","level":null,"number":"FA-1","issuer":"红十字会","issuedOn":"%s","expiresOn":null}
					""".formatted(at.cityDay().plusDays(1))))
			.andExpect(jsonPath("$.errors[0].code").value("staff.date.future"));

		mvc.perform(get("/api/v1/staff/people/" + person).session(org))
			.andExpect(jsonPath("$.requirements[0].status").value("EXPIRING"));
		// a minute later: past midnight the certificate has expired, before it it still counts
		TestClock.advance(Duration.ofMinutes(1));
		boolean newDay = TestClock.today().isAfter(at.cityDay());
		mvc.perform(get("/api/v1/staff/people/" + person).session(org))
			.andExpect(jsonPath("$.requirements[0].status").value(newDay ? "EXPIRED" : "EXPIRING"));
	}

	private ResultActions certificate(MockHttpSession org, UUID person, LocalDate expires) throws Exception {
		return mvc.perform(post("/api/v1/staff/people/" + person + "/certificates").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"HEALTH","level":null,"number":"H-1","issuer":"无锡市妇幼保健院","issuedOn":"%s","expiresOn":"%s"}
					""".formatted(expires.minusYears(1), expires)));
	}

	private ResultActions issue(MockHttpSession admin, UUID programme, YearMonth month, String residentId) throws Exception {
		return mvc.perform(post("/api/v1/vouchers/programmes/" + programme + "/issue-list").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\":\"%s\",\"residentIds\":\"%s\",\"confirm\":true}".formatted(month, residentId)));
	}

	private EnrollmentFixtures fixtures() {
		return new EnrollmentFixtures(mvc, json, jdbc);
	}

	private JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static String phone(int n, int kind) {
		return "1360041%d%03d".formatted(kind, n);
	}
}
