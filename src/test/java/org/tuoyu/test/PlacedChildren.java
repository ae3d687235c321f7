package org.tuoyu.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.shared.DivisionCode;

import tools.jackson.databind.json.JsonMapper;

/**
 * Staff of a filed institution and children placed in its class, for tests of what happens to
 * placed children (health, growth). Every account uses {@code password}.
 */
public record PlacedChildren(MockMvc mvc, JsonMapper json, AccountManagement accounts, Accounts accountRows,
		String password) {

	/** A guardian, signed in, and the child placed in the class. */
	public record Family(MockHttpSession guardian, UUID child) {
	}

	/** A staff account of the institution with the role, created by its administrator, signed in. */
	public MockHttpSession staff(Institutions.Filed place, String street, String username, Role role) throws Exception {
		var head = accountRows.findByUsername(place.username()).orElseThrow();
		CurrentUser creator = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				DataScope.institution(place.id()));
		accounts.createInstitutionAccount(creator, username, "职员 " + username, role, place.id(), DivisionCode.of(street),
				password);
		return Logins.login(mvc, username, password);
	}

	/**
	 * A new guardian whose new boy, born on {@code birthDate}, applies, is offered a place in the
	 * class and accepts.
	 */
	public Family family(Institutions.Filed place, String phone, String childName, LocalDate birthDate) throws Exception {
		mvc.perform(post("/api/v1/public/guardians").contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"%s\",\"displayName\":\"家长\",\"password\":\"%s\"}".formatted(phone, password)))
			.andExpect(status().isCreated());
		MockHttpSession guardian = Logins.login(mvc, phone, password);
		UUID child = UUID.fromString(created(mvc.perform(post("/api/v1/family/children").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\",\"sex\":\"MALE\",\"birthDate\":\"%s\",\"relation\":\"MOTHER\"}"
				.formatted(childName, birthDate)))));
		Family family = new Family(guardian, child);
		place(family, place);
		return family;
	}

	/**
	 * The family's child applies to the institution, is offered a place in its class and accepts;
	 * a child placed elsewhere moves (a transfer).
	 */
	public void place(Family family, Institutions.Filed place) throws Exception {
		MockHttpSession guardian = family.guardian();
		UUID child = family.child();
		String application = created(mvc.perform(post("/api/v1/enrollment/applications").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"childId":"%s","institutionIds":["%s"],"desiredStart":"%s","serviceForm":"FULL_DAY","supportNeeds":[],
					 "homeStreet":null,"employerStaffAt":[]}
					""".formatted(child, place.id(), TestClock.today()))));
		MockHttpSession org = Logins.login(mvc, place.username(), Institutions.PASSWORD);
		String offer = created(mvc.perform(post("/api/v1/enrollment/offers").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"applicationId\":\"%s\",\"classId\":\"%s\"}".formatted(application, place.classId()))));
		mvc.perform(post("/api/v1/enrollment/offers/" + offer + "/accept").session(guardian).with(csrf()))
			.andExpect(status().isOk());
	}

	private String created(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
			.get("id")
			.asString();
	}
}
