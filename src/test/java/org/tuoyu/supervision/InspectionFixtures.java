package org.tuoyu.supervision;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

/**
 * A Yixing district with its administrator, an inspector and a filed institution in one of this
 * part's streets (320282100–103, serials 36000–36999, usernames {@code sv-b-}).
 */
record InspectionFixtures(MockHttpSession admin, MockHttpSession district, MockHttpSession inspector, UUID inspectorId,
		Institutions.Filed institution, MockHttpSession org) {

	static final String PASSWORD = "Inspect2026pass";

	static final String DISTRICT = "320282";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static InspectionFixtures create(MockMvc mvc, JdbcClient jdbc, String tag, int serial, String street)
			throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		MockHttpSession district = Officers.signedIn(mvc, admin, "sv-b-d-" + tag, "DISTRICT_ADMIN", DISTRICT, PASSWORD);
		MockHttpSession inspector = Officers.signedIn(mvc, admin, "sv-b-i-" + tag, "INSPECTOR", DISTRICT, PASSWORD);
		Institutions.Filed institution = Institutions.filedWithClass(mvc, jdbc, admin, serial, "sv-b-o-" + tag, street,
				"一班", "TODDLER", 15);
		MockHttpSession org = Logins.login(mvc, "sv-b-o-" + tag, Institutions.PASSWORD);
		return new InspectionFixtures(admin, district, inspector, accountId(jdbc, "sv-b-i-" + tag), institution, org);
	}

	static UUID accountId(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id FROM platform_account WHERE username = :u").param("u", username).query(UUID.class).single();
	}

	/** Opens an ad-hoc inspection as the district and returns its id. */
	UUID open(MockMvc mvc) throws Exception {
		String answer = mvc.perform(post("/api/v1/supervision/inspections").session(district).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"institutionId":"%s","inspectorAccountIds":["%s"],"dueOn":"%s","reason":"投诉核查"}
					""".formatted(institution.id(), inspectorId, TestClock.today().plusDays(10))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return UUID.fromString(JSON.readTree(answer).get("id").asString());
	}

	/** Records every item of the default checklist as met, except {@code notMet} (may be null). */
	void recordAll(MockMvc mvc, UUID id, String notMet) throws Exception {
		for (String code : new String[] { "C01", "C02", "C03", "S01", "S02", "S03", "R01", "H01", "H02", "H03", "P01",
				"A01", "A02", "A03", "M01", "M02" }) {
			String result = code.equals(notMet) ? "NOT_MET" : "MET";
			mvc.perform(put("/api/v1/supervision/inspections/" + id + "/items/" + code).session(inspector).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"" + result + "\",\"note\":\"看过\"}"))
				.andExpect(status().isNoContent());
		}
	}

	void finding(MockMvc mvc, UUID id, String code, String severity) throws Exception {
		mvc.perform(post("/api/v1/supervision/inspections/" + id + "/findings").session(inspector).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"%s\",\"severity\":\"%s\",\"description\":\"消防通道堆放杂物\"}".formatted(code, severity)))
			.andExpect(status().isCreated());
	}

	void conclude(MockMvc mvc, UUID id, String outcome) throws Exception {
		mvc.perform(post("/api/v1/supervision/inspections/" + id + "/conclusion").session(inspector).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\"}"))
			.andExpect(status().isNoContent());
	}

	static MockMultipartFile photo(byte[] content) {
		return new MockMultipartFile("photo", "p.png", "image/png", content);
	}
}
