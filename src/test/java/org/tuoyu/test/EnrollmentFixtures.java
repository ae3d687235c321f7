package org.tuoyu.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/** Guardians, children, open institutions, applications and offers for enrollment tests, over the API. */
public record EnrollmentFixtures(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {

	public static final String PASSWORD = "Enroll2026pass";

	/** A filed institution in 320213021 with one class; its administrator logs in as {@code username}. */
	public UUID filedInstitution(MockHttpSession admin, int serial, String username, String classType, int capacity)
			throws Exception {
		UUID id = Institutions.register(mvc, admin, serial, username, "320213021");
		MockHttpSession org = Logins.login(mvc, username, Institutions.PASSWORD);
		String site = json.readTree(mvc.perform(get("/api/v1/institutions/" + id).session(org)).andReturn().getResponse()
			.getContentAsString()).get("sites").get(0).get("id").asString();
		mvc.perform(post("/api/v1/institutions/" + id + "/classes").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\":\"%s\",\"name\":\"一班\",\"type\":\"%s\",\"capacity\":%d}".formatted(site, classType, capacity)))
			.andExpect(status().isCreated());
		// filing is covered by its own tests; here the institution only needs to be open for applications
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
		return id;
	}

	/** The id of the institution's first class. */
	public String firstClass(MockHttpSession org, UUID institution) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/institutions/" + institution).session(org)).andReturn()
			.getResponse().getContentAsString()).get("classes").get(0).get("id").asString();
	}

	public MockHttpSession guardian(String phone) throws Exception {
		mvc.perform(post("/api/v1/public/guardians").contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"%s\",\"displayName\":\"家长\",\"password\":\"%s\"}".formatted(phone, PASSWORD)))
			.andExpect(status().isCreated());
		return Logins.login(mvc, phone, PASSWORD);
	}

	public UUID child(MockHttpSession guardian, String name, LocalDate birth) throws Exception {
		return UUID.fromString(json.readTree(mvc.perform(post("/api/v1/family/children").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\",\"sex\":\"FEMALE\",\"birthDate\":\"%s\",\"relation\":\"MOTHER\"}".formatted(name, birth)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
	}

	public ResultActions apply(MockHttpSession guardian, UUID child, LocalDate start, String institutions, String support,
			String street) throws Exception {
		return mvc.perform(post("/api/v1/enrollment/applications").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"childId":"%s","institutionIds":%s,"desiredStart":"%s","serviceForm":"FULL_DAY","supportNeeds":%s,
					 "homeStreet":%s,"employerStaffAt":[]}
					""".formatted(child, institutions, start, support, street == null ? "null" : "\"" + street + "\"")));
	}

	/** Applies to one institution and returns the application's id. */
	public String applyTo(MockHttpSession guardian, UUID child, LocalDate start, UUID institution) throws Exception {
		return json.readTree(apply(guardian, child, start, "[\"%s\"]".formatted(institution), "[]", null)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
	}

	/** The institution offers a place in the class to the application. */
	public void offer(MockHttpSession org, String application, String classId) throws Exception {
		mvc.perform(post("/api/v1/enrollment/offers").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"applicationId\":\"%s\",\"classId\":\"%s\"}".formatted(application, classId)))
			.andExpect(status().isCreated());
	}

	/** The guardian's first open offer. */
	public String openOffer(MockHttpSession guardian) throws Exception {
		var offers = json.readTree(mvc.perform(get("/api/v1/enrollment/offers").session(guardian)).andReturn().getResponse()
			.getContentAsString());
		for (var offer : offers) {
			if (offer.get("status").asString().equals("OFFERED")) {
				return offer.get("id").asString();
			}
		}
		throw new AssertionError("no open offer: " + offers);
	}

	/** Accepts the guardian's open offer and returns the placement's id. */
	public String acceptOpenOffer(MockHttpSession guardian) throws Exception {
		return json.readTree(mvc.perform(post("/api/v1/enrollment/offers/" + openOffer(guardian) + "/accept")
			.session(guardian).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.get("id").asString();
	}
}
