package org.tuoyu.guidance.register;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Children, files and accounts for the register's tests. Serials 43_000–43_999 keep resident IDs
 * and phone numbers (1360043xxxx) apart from other tests'; usernames start with {@code greg-}.
 */
record RegisterFixtures(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {

	static final String PASSWORD = "Register2026pass";

	static final String STREET = "320213021";

	static final String COMMUNITY = "320213021001";

	static final String OTHER_STREET_COMMUNITY = "320213022001";

	static final String HEADER = "姓名,性别,出生日期,身份证号,社区（村）代码,监护人姓名,监护人手机,来源";

	/** A child's valid resident ID from Liangxi, born on the day, unique per serial (43_000–43_999). */
	static String residentId(LocalDate birth, int serial, boolean male) {
		int sequence = (serial % 500) * 2 + (male ? 1 : 0);
		return ResidentIds.complete("320213" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence));
	}

	/** A baby born some months ago (from the test clock's today). */
	static LocalDate bornMonthsAgo(int months) {
		return TestClock.today().minusMonths(months);
	}

	/** A mobile number 1360043xxxx. */
	static String phone(int serial) {
		return "1360043%04d".formatted(serial % 10_000);
	}

	/** A CSV row of a girl (the ID's sex must agree). */
	static String girl(String name, LocalDate birth, String residentId, String community, int phoneSerial) {
		return String.join(",", name, "女", birth.toString(), residentId, community, "家长" + name, phone(phoneSerial),
				"新生儿访视");
	}

	static byte[] csv(List<String> rows) {
		return ("\uFEFF" + HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	/** An account with the role in the division, created by the city administrator, signed in. */
	MockHttpSession officer(String username, String role, String division) throws Exception {
		return Officers.signedIn(mvc, admin(), username, role, division, PASSWORD);
	}

	MockHttpSession guardian(String phone) throws Exception {
		return new EnrollmentFixtures(mvc, json, jdbc).guardian(phone);
	}

	/** The guardian adds a girl with a resident ID; returns the family child's id. */
	UUID familyChild(MockHttpSession guardian, String name, LocalDate birth, String residentId) throws Exception {
		return UUID.fromString(read(mvc.perform(post("/api/v1/family/children").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\",\"sex\":\"FEMALE\",\"birthDate\":\"%s\",\"residentId\":\"%s\",\"relation\":\"MOTHER\"}"
				.formatted(name, birth, residentId)))
			.andExpect(status().isCreated())).get("id").asString());
	}

	ResultActions check(MockHttpSession user, String fileName, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/guidance/register/import")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.session(user)
			.with(csrf()));
	}

	/** Checks a file that must be readable; returns the report. */
	JsonNode checked(MockHttpSession user, byte[] content) throws Exception {
		return read(check(user, "register.csv", content).andExpect(status().isOk()));
	}

	ResultActions confirm(MockHttpSession user, String importId) throws Exception {
		return mvc.perform(post("/api/v1/guidance/register/import/" + importId + "/confirm").session(user).with(csrf()));
	}

	/** Enters a girl by hand through the API; returns the answer. */
	ResultActions enter(MockHttpSession user, String name, LocalDate birth, String residentId, String community,
			String phone) throws Exception {
		return mvc.perform(post("/api/v1/guidance/register").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","sex":"FEMALE","birthDate":"%s","residentId":"%s","communityCode":"%s",
					 "guardianName":"家长","guardianPhone":"%s"}
					""".formatted(name, birth, residentId, community, phone)));
	}

	/** Enters a girl who must be accepted; returns her register id. */
	UUID entered(MockHttpSession user, String name, LocalDate birth, String residentId) throws Exception {
		return UUID.fromString(read(enter(user, name, birth, residentId, COMMUNITY, phone(9999))
			.andExpect(status().isCreated())).get("id").asString());
	}

	/** How many register entries have this name. */
	int named(String name) {
		return jdbc.sql("SELECT count(*) FROM guidance_child WHERE name = :name").param("name", name)
			.query(Integer.class).single();
	}

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}
}
