package org.tuoyu.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class FamilyIntegrationTests {

	private static final String PASSWORD = "Family2026pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aGuardianRegistersWithAUniqueValidMobileNumberAndAStrongPassword() throws Exception {
		register("13900000001", "张妈妈", PASSWORD).andExpect(status().isCreated());
		register("139 0000 0001", "张妈妈", PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("phone"))
			.andExpect(jsonPath("$.errors[0].code").value("account.phone.taken"));
		register("12900000001", "李爸爸", PASSWORD).andExpect(jsonPath("$.errors[0].field").value("phone"));
		register("13900000002", "李爸爸", "short").andExpect(jsonPath("$.errors[0].field").value("password"));
		register("13900000003", "", PASSWORD).andExpect(jsonPath("$.errors[0].field").value("displayName"));
		MockHttpSession session = Logins.login(mvc, "13900000001", PASSWORD);
		mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.role").value("GUARDIAN"));
	}

	@Test
	void childrenAreCheckedAgainstTheirIdNumberAndSeenOnlyByTheirGuardians() throws Exception {
		MockHttpSession mother = guardian("13900000011", "王妈妈");
		MockHttpSession stranger = guardian("13900000012", "陌生人");
		String id = ResidentIds.complete("32020220250315" + "102"); // born 2025-03-15, a girl (even)
		child(mother, "王小雨", "MALE", "2025-03-15", id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("residentId"))
			.andExpect(jsonPath("$.errors[0].code").value("value.residentId.sexMismatch"));
		child(mother, "王小雨", "FEMALE", "2025-03-16", id)
			.andExpect(jsonPath("$.errors[0].code").value("value.residentId.birthDateMismatch"));
		child(mother, "王小雨", "FEMALE", "2099-01-01", "").andExpect(jsonPath("$.errors[0].field").value("birthDate"));
		UUID child = id(child(mother, "王小雨", "FEMALE", "2025-03-15", id.toLowerCase()).andExpect(status().isCreated()));
		child(stranger, "王小雨", "FEMALE", "2025-03-15", id)
			.andExpect(jsonPath("$.errors[0].code").value("family.child.alreadyRegistered"));
		UUID noId = id(child(mother, "王小风", "MALE", "2026-01-02", null).andExpect(status().isCreated()));

		mvc.perform(get("/api/v1/family/children").session(mother))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value(noId.toString()))
			.andExpect(jsonPath("$[1].residentIdMasked").value(id.substring(0, 6) + "********" + id.substring(14)));
		mvc.perform(get("/api/v1/family/children/" + child).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/family/children/" + child + "/consents/PHOTOS").session(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/api/v1/family/children/" + child).session(admin)).andExpect(status().isNotFound());
		byte[] stored = jdbc.sql("SELECT resident_id FROM family_child WHERE id = :id").param("id", child)
			.query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(id.substring(0, 10));
	}

	@Test
	void pickUpPersonsAndConsentsAreKeptWithTheirTimes() throws Exception {
		MockHttpSession father = guardian("13900000021", "赵爸爸");
		UUID child = id(child(father, "赵小宝", "MALE", "2025-06-01", null));
		UUID pickup = id(mvc.perform(post("/api/v1/family/children/" + child + "/pickups").session(father).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"赵奶奶\",\"relation\":\"奶奶\",\"phone\":\"13712345678\"}"))
			.andExpect(status().isCreated()));
		mvc.perform(post("/api/v1/family/children/" + child + "/pickups").session(father).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"赵爷爷\",\"relation\":\"爷爷\",\"phone\":\"123\"}"))
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		mvc.perform(put("/api/v1/family/children/" + child + "/consents/PHOTOS").session(father).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(put("/api/v1/family/children/" + child + "/consents/PHOTOS").session(father).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/family/children/" + child + "/consents/PHOTOS").session(father).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(put("/api/v1/family/children/" + child + "/consents/PHOTOS").session(father).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/family/children/" + child).session(father))
			.andExpect(jsonPath("$.pickups[0].phoneMasked").value("137****5678"))
			.andExpect(jsonPath("$.consents.length()").value(2))
			.andExpect(jsonPath("$.consents[0].withdrawnAt").doesNotExist())
			.andExpect(jsonPath("$.consents[1].withdrawnAt").exists());
		mvc.perform(delete("/api/v1/family/children/" + child + "/pickups/" + pickup).session(father).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/family/children/" + child).session(father)).andExpect(jsonPath("$.pickups").isEmpty());
	}

	@Test
	void anInvitedGuardianMustAcceptToSeeTheChild() throws Exception {
		MockHttpSession mother = guardian("13900000031", "孙妈妈");
		UUID child = id(child(mother, "孙小米", "FEMALE", "2025-08-08", null));
		invite(mother, child, "13900000031").andExpect(jsonPath("$.errors[0].code").value("family.invite.self"));
		UUID invitation = id(invite(mother, child, "13900000032").andExpect(status().isCreated()));
		invite(mother, child, "13900000032").andExpect(jsonPath("$.errors[0].code").value("family.invite.pending"));

		MockHttpSession father = guardian("13900000032", "孙爸爸");
		MockHttpSession other = guardian("13900000033", "别人");
		mvc.perform(get("/api/v1/family/children/" + child).session(father)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/family/invitations").session(father))
			.andExpect(jsonPath("$[0].childName").value("孙小米"));
		mvc.perform(post("/api/v1/family/invitations/" + invitation + "/accept").session(other).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/family/invitations/" + invitation + "/accept").session(father).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/family/invitations/" + invitation + "/accept").session(father).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/family/children/" + child).session(father))
			.andExpect(jsonPath("$.guardians.length()").value(2))
			.andExpect(jsonPath("$.guardians[1].relation").value("FATHER"));
		mvc.perform(get("/api/v1/notifications").session(mother))
			.andExpect(jsonPath("$[0].text").value("孙爸爸已接受邀请，成为孙小米的共同监护人"));
	}

	private ResultActions register(String phone, String name, String password) throws Exception {
		return mvc.perform(post("/api/v1/public/guardians").contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\"}".formatted(phone, name, password)));
	}

	private MockHttpSession guardian(String phone, String name) throws Exception {
		register(phone, name, PASSWORD).andExpect(status().isCreated());
		return Logins.login(mvc, phone, PASSWORD);
	}

	private ResultActions child(MockHttpSession session, String name, String sex, String birth, String residentId)
			throws Exception {
		return mvc.perform(post("/api/v1/family/children").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\",\"sex\":\"%s\",\"birthDate\":\"%s\",\"residentId\":%s,\"relation\":\"%s\"}".formatted(
					name, sex, birth, residentId == null ? "null" : "\"" + residentId + "\"",
					sex.equals("MALE") ? "FATHER" : "MOTHER")));
	}

	private ResultActions invite(MockHttpSession session, UUID child, String phone) throws Exception {
		return mvc.perform(post("/api/v1/family/children/" + child + "/invitations").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"%s\",\"relation\":\"FATHER\"}".formatted(phone)));
	}

	private UUID id(ResultActions result) throws Exception {
		return UUID.fromString(json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString());
	}
}
