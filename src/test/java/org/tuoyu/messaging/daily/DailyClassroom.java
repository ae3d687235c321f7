package org.tuoyu.messaging.daily;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

/**
 * An institution's classes and staff for daily-report tests, over the API: further classes,
 * caregivers hired, assigned to a class and signing in with an account linked to them.
 */
record DailyClassroom(MockMvc mvc, JsonMapper json, Accounts accounts, PlacedChildren placed, Institutions.Filed place,
		String street) {

	/** A further class of the institution; returns it as a place to put children in. */
	Institutions.Filed addClass(String name) throws Exception {
		MockHttpSession org = Logins.login(mvc, place.username(), Institutions.PASSWORD);
		String site = json.readTree(mvc.perform(get("/api/v1/institutions/" + place.id()).session(org)).andReturn()
			.getResponse().getContentAsString()).get("sites").get(0).get("id").asString();
		String classId = json.readTree(mvc.perform(post("/api/v1/institutions/" + place.id() + "/classes").session(org)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\":\"%s\",\"name\":\"%s\",\"type\":\"TODDLER\",\"capacity\":15}".formatted(site, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
		return new Institutions.Filed(place.id(), UUID.fromString(classId), place.username());
	}

	/**
	 * A caregiver of the class: hired (resident ID from {@code serial}), assigned to the class and
	 * linked to a new account {@code username}, signed in.
	 */
	MockHttpSession caregiver(Institutions.Filed careClass, String username, int serial) throws Exception {
		MockHttpSession session = placed.staff(place, street, username, Role.CAREGIVER);
		MockHttpSession org = Logins.login(mvc, place.username(), Institutions.PASSWORD);
		String person = json.readTree(mvc.perform(post("/api/v1/staff").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"保育员%d","residentId":"%s","phone":"13812345678","role":"CAREGIVER","startedOn":"%s"}
					""".formatted(serial, ResidentIds.complete("32020219880808" + "%03d".formatted(serial % 1000)),
					TestClock.today().minusMonths(3))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
		mvc.perform(put("/api/v1/staff/people/" + person + "/classes/" + careClass.classId()).session(org).with(csrf()))
			.andExpect(status().is2xxSuccessful());
		UUID account = accounts.findByUsername(username).orElseThrow().id();
		mvc.perform(put("/api/v1/staff/people/" + person + "/account").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"accountId\":\"%s\"}".formatted(account)))
			.andExpect(status().isNoContent());
		return session;
	}
}
