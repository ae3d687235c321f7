package org.tuoyu.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Registers institutions through the API for tests. */
public final class Institutions {

	/** The password of every institution administrator these helpers create. */
	public static final String PASSWORD = "Institution2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Institutions() {
	}

	/** The registration body of an institution in a street, with its administrator {@code username}. */
	public static String json(String creditCode, String username, String street, String category, int floor,
			String extra) {
		return """
				{"name":"阳光宝贝托育中心 %s","creditCode":"%s","registrationType":"ENTERPRISE","ownership":"PRIVATE",
				 "category":"%s","serviceForms":["FULL_DAY","HALF_DAY"],"headName":"周园长","contactPhone":"0510-82345678",
				 "inclusive":false,%s
				 "mainSite":{"name":"主园区","address":"梁溪区中山路1号","divisionCode":"%s","latitude":31.5689,
				   "longitude":120.2991,"roomFloor":%d,"indoorArea":420.5},
				 "adminUsername":"%s","adminPassword":"%s"}
				""".formatted(username, creditCode, category, extra, street, floor, username, PASSWORD);
	}

	/** Registers a standalone institution as the signed-in regulator; returns its id. */
	public static UUID register(MockMvc mvc, MockHttpSession regulator, int serial, String username, String street)
			throws Exception {
		String answer = mvc.perform(post("/api/v1/institutions").session(regulator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(CreditCodes.valid(serial), username, street, "STANDALONE", 1, "")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JSON.readTree(answer).get("institution").get("id").asString());
	}

	/** A filed institution with one class, and the username of its administrator. */
	public record Filed(UUID id, UUID classId, String username) {
	}

	/**
	 * Registers a standalone institution with one class and marks it filed (filing has its own
	 * tests), so it takes applications.
	 */
	public static Filed filedWithClass(MockMvc mvc, JdbcClient jdbc, MockHttpSession regulator, int serial,
			String username, String street, String className, String classType, int capacity) throws Exception {
		UUID id = register(mvc, regulator, serial, username, street);
		MockHttpSession org = Logins.login(mvc, username, PASSWORD);
		String site = JSON.readTree(mvc.perform(get("/api/v1/institutions/" + id).session(org)).andReturn().getResponse()
			.getContentAsString()).get("sites").get(0).get("id").asString();
		String classId = JSON.readTree(mvc.perform(post("/api/v1/institutions/" + id + "/classes").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"capacity\":%d}"
				.formatted(site, className, classType, capacity)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
		return new Filed(id, UUID.fromString(classId), username);
	}
}
