package org.tuoyu.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

/** The enrollment record (fee, contract, leaving), transfers and the sibling rule, over HTTP. */
@TuoyuTest
class EnrollmentRecordIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private EnrollmentFixtures fixtures;

	private EnrollmentFixtures fixtures() {
		if (fixtures == null) {
			fixtures = new EnrollmentFixtures(mvc, json, jdbc);
		}
		return fixtures;
	}

	@Test
	void theMonthlyFeeComesFromThePublishedFeeAndNeverExceedsTheInclusiveCap() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = fixtures().filedInstitution(admin, 25_001, "record-fee", "TODDLER", 5);
		MockHttpSession org = Logins.login(mvc, "record-fee", Institutions.PASSWORD);
		mvc.perform(put("/api/v1/institutions/" + institution + "/fees").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classType\":\"TODDLER\",\"serviceForm\":\"FULL_DAY\",\"monthlyFee\":2600}"))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/institutions/" + institution + "/designations").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inclusive\":true,\"inclusivePriceCap\":2200,\"inclusiveValidUntil\":\"%s\"}"
				.formatted(TestClock.today().plusYears(2))))
			.andExpect(status().isOk());
		String classId = fixtures().firstClass(org, institution);
		MockHttpSession guardian = fixtures().guardian("13800005001");
		LocalDate start = TestClock.today().plusDays(10);
		UUID child = fixtures().child(guardian, "记录宝宝", start.minusMonths(15));
		fixtures().offer(org, fixtures().applyTo(guardian, child, start, institution), classId);
		String placement = fixtures().acceptOpenOffer(guardian);

		mvc.perform(get("/api/v1/enrollment/placements/" + placement).session(guardian))
			.andExpect(jsonPath("$.monthlyFee").value(2200.00))
			.andExpect(jsonPath("$.startDate").value(start.toString()))
			.andExpect(jsonPath("$.hasContract").value(false))
			.andExpect(jsonPath("$.active").value(true));
		mvc.perform(put("/api/v1/enrollment/placements/" + placement).session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"monthlyFee\":2300,\"startDate\":\"%s\"}".formatted(start)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("monthlyFee"))
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.fee.aboveCap"))
			.andExpect(jsonPath("$.errors[0].message").value("普惠机构的月收费不能高于普惠限价2,200.00元"));
		mvc.perform(put("/api/v1/enrollment/placements/" + placement).session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"monthlyFee\":-1,\"startDate\":\"%s\"}".formatted(start)))
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.fee.invalid"));
		mvc.perform(put("/api/v1/enrollment/placements/" + placement).session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"monthlyFee\":100,\"startDate\":\"%s\"}".formatted(start)))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/enrollment/placements/" + placement).session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"monthlyFee\":1980.50,\"startDate\":\"%s\"}".formatted(start.plusDays(1))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.monthlyFee").value(1980.50))
			.andExpect(jsonPath("$.startDate").value(start.plusDays(1).toString()));

		// the inclusive status lapses: the published fee is the ceiling again
		jdbc.sql("UPDATE institution_institution SET inclusive = false, inclusive_price_cap = NULL, inclusive_valid_until = NULL WHERE id = :id")
			.param("id", institution).update();
		mvc.perform(put("/api/v1/enrollment/placements/" + placement).session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"monthlyFee\":2700,\"startDate\":\"%s\"}".formatted(start)))
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.fee.abovePublished"));

		// the page: field message, nothing changed
		mvc.perform(post("/org/placements/" + placement).session(org).with(csrf()).param("monthlyFee", "9999")
			.param("startDate", start.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("月收费不能高于公示的收费标准2,600.00元")));
		assertThat(jdbc.sql("SELECT monthly_fee FROM enrollment_placement WHERE id = :id")
			.param("id", UUID.fromString(placement)).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1980.50");
		mvc.perform(get("/org/placements/" + placement).session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1,980.50元")))
			.andExpect(content().string(containsString("2,600.00元")));
	}

	@Test
	void theContractIsFiledByTheInstitutionAndReadOnlyByTheFamilyAndItsScope() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = fixtures().filedInstitution(admin, 25_002, "record-contract", "INFANT", 3);
		fixtures().filedInstitution(admin, 25_003, "record-other", "INFANT", 3);
		MockHttpSession org = Logins.login(mvc, "record-contract", Institutions.PASSWORD);
		MockHttpSession otherOrg = Logins.login(mvc, "record-other", Institutions.PASSWORD);
		MockHttpSession guardian = fixtures().guardian("13800005002");
		MockHttpSession stranger = fixtures().guardian("13800005003");
		LocalDate start = TestClock.today().plusDays(5);
		UUID child = fixtures().child(guardian, "合同宝宝", start.minusMonths(8));
		fixtures().offer(org, fixtures().applyTo(guardian, child, start, institution), fixtures().firstClass(org, institution));
		String placement = fixtures().acceptOpenOffer(guardian);

		mvc.perform(multipart("/api/v1/enrollment/placements/" + placement + "/contract")
			.file(new MockMultipartFile("file", "contract.txt", "application/pdf", "not a pdf".getBytes()))
			.session(org).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("enrollment.contract.type"));
		mvc.perform(multipart("/api/v1/enrollment/placements/" + placement + "/contract")
			.file(new MockMultipartFile("file", "contract.pdf", "application/pdf", PDF)).session(otherOrg).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/enrollment/placements/" + placement + "/contract").session(guardian))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/org/placements/" + placement + "/contract")
			.file(new MockMultipartFile("file", "contract.pdf", "application/pdf", PDF)).session(org).with(csrf()))
			.andExpect(redirectedUrl("/org/placements/" + placement));

		mvc.perform(get("/family/placements/" + placement + "/contract").session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/family/placements/" + placement + "/contract").session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/enrollment/placements/" + placement).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/enrollment/placements/" + placement).session(otherOrg)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/enrollment/placements/" + placement).session(admin))
			.andExpect(jsonPath("$.hasContract").value(true));
		mvc.perform(get("/family/applications").session(guardian))
			.andExpect(content().string(containsString("托育服务合同")))
			.andExpect(content().string(containsString("在阳光宝贝托育中心 record-contract一班")));
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'enrollment.contract.read'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aTransferEndsTheOldPlacementAndItsPlaceGoesToTheNextInLine() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID from = fixtures().filedInstitution(admin, 25_004, "record-from", "TODDLER", 1);
		UUID to = fixtures().filedInstitution(admin, 25_005, "record-to", "TODDLER", 1);
		MockHttpSession fromOrg = Logins.login(mvc, "record-from", Institutions.PASSWORD);
		MockHttpSession toOrg = Logins.login(mvc, "record-to", Institutions.PASSWORD);
		LocalDate start = TestClock.today().plusDays(3);
		MockHttpSession mover = fixtures().guardian("13800005004");
		MockHttpSession waiting = fixtures().guardian("13800005005");
		UUID moving = fixtures().child(mover, "转托宝宝", start.minusMonths(14));
		UUID next = fixtures().child(waiting, "候补宝宝", start.minusMonths(14));
		fixtures().offer(fromOrg, fixtures().applyTo(mover, moving, start, from), fixtures().firstClass(fromOrg, from));
		String oldPlacement = fixtures().acceptOpenOffer(mover);
		fixtures().applyTo(waiting, next, start, from);

		fixtures().offer(toOrg, fixtures().applyTo(mover, moving, start.plusDays(30), to), fixtures().firstClass(toOrg, to));
		String newPlacement = fixtures().acceptOpenOffer(mover);

		mvc.perform(get("/api/v1/enrollment/placements/" + oldPlacement).session(mover))
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endReason").value("TRANSFER"))
			.andExpect(jsonPath("$.endDate").value(TestClock.today().toString()));
		mvc.perform(get("/api/v1/enrollment/placements").session(mover))
			.andExpect(jsonPath("$[?(@.status == 'ACTIVE')].id").value(newPlacement));
		// the freed place at the old institution was offered at once to the family waiting there
		fixtures().openOffer(waiting);
		mvc.perform(get("/api/v1/enrollment/roster").session(fromOrg)).andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void leavingNeedsALastDayBetweenTheStartAndToday() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = fixtures().filedInstitution(admin, 25_006, "record-leave", "INFANT", 2);
		MockHttpSession org = Logins.login(mvc, "record-leave", Institutions.PASSWORD);
		MockHttpSession guardian = fixtures().guardian("13800005006");
		LocalDate start = TestClock.today().plusDays(1);
		UUID child = fixtures().child(guardian, "离园宝宝", start.minusMonths(9));
		fixtures().offer(org, fixtures().applyTo(guardian, child, start, institution), fixtures().firstClass(org, institution));
		String placement = fixtures().acceptOpenOffer(guardian);

		mvc.perform(post("/api/v1/enrollment/placements/" + placement + "/end").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT\",\"lastDay\":\"%s\"}".formatted(start.plusDays(5))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("lastDay"));
		mvc.perform(post("/org/placements/" + placement + "/end").session(org).with(csrf()).param("reason", "LEFT")
			.param("lastDay", TestClock.today().toString()))
			.andExpect(redirectedUrl("/org/applications"));
		mvc.perform(get("/api/v1/enrollment/placements/" + placement).session(guardian))
			.andExpect(jsonPath("$.endReason").value("LEFT"))
			.andExpect(jsonPath("$.active").value(false));
	}

	@Test
	void aChildWhoseSiblingIsPlacedThereGoesFirst() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = fixtures().filedInstitution(admin, 25_007, "record-sibling", "TODDLER", 2);
		MockHttpSession org = Logins.login(mvc, "record-sibling", Institutions.PASSWORD);
		LocalDate start = TestClock.today().plusDays(20);
		MockHttpSession family = fixtures().guardian("13800005007");
		MockHttpSession other = fixtures().guardian("13800005008");
		UUID elder = fixtures().child(family, "哥哥", start.minusMonths(23));
		fixtures().offer(org, fixtures().applyTo(family, elder, start, institution), fixtures().firstClass(org, institution));
		fixtures().acceptOpenOffer(family);
		UUID early = fixtures().child(other, "先来的", start.minusMonths(13));
		fixtures().applyTo(other, early, start, institution);
		UUID younger = fixtures().child(family, "妹妹", start.minusMonths(12));
		fixtures().applyTo(family, younger, start, institution);

		mvc.perform(get("/api/v1/enrollment/waitlists").session(org))
			.andExpect(jsonPath("$.TODDLER[0].childName").value("妹妹"))
			.andExpect(jsonPath("$.TODDLER[0].reasons[0]").value("SIBLING"))
			.andExpect(jsonPath("$.TODDLER[0].score").value(40))
			.andExpect(jsonPath("$.TODDLER[1].childName").value("先来的"));
		mvc.perform(get("/enrollment/rules")).andExpect(content().string(containsString("兄弟姐妹")));
	}
}
