package org.tuoyu.guidance.sessions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Providers, workers, commissions and sessions for the guidance session tests, over the API.
 * Credit codes use serials 44_000–44_999, usernames start with {@code gses-}.
 */
record SessionFixtures(MockMvc mvc, JsonMapper json, JdbcClient jdbc, Accounts accounts) {

	static final String PASSWORD = "Gses2026pass";

	MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	ResultActions postJson(MockHttpSession session, String path, String body) throws Exception {
		return mvc.perform(post(path).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	UUID id(ResultActions result) throws Exception {
		return UUID.fromString(json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString());
	}

	/** A provider at home in the division, registered by the administrator. */
	UUID provider(MockHttpSession admin, int serial, String name, String division) throws Exception {
		return UUID.fromString(json.readTree(postJson(admin, "/api/v1/guidance/providers", """
				{"name":"%s","kind":"MATERNAL_CHILD_HEALTH","creditCode":"%s","contactName":"王主任","contactPhone":"0510-82710000",
				 "divisionCode":"%s"}""".formatted(name, CreditCodes.valid(serial), division))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("provider").get("id").asString());
	}

	/** A worker of the provider, signed in. */
	MockHttpSession worker(MockHttpSession admin, UUID provider, String username) throws Exception {
		postJson(admin, "/api/v1/guidance/providers/" + provider + "/workers", """
				{"username":"%s","displayName":"指导员 %s","password":"%s"}""".formatted(username, username, PASSWORD))
			.andExpect(status().isCreated());
		return Logins.login(mvc, username, PASSWORD);
	}

	/** A commission of 50 sessions in the area, from 10 days ago for 90 days. */
	UUID commission(MockHttpSession officer, UUID provider, String area) throws Exception {
		return id(postJson(officer, "/api/v1/guidance/commissions", """
				{"providerId":"%s","title":"育儿指导服务项目","areaCode":"%s","startsOn":"%s","endsOn":"%s","sessions":50,
				 "budget":"120000.00"}""".formatted(provider, area, TestClock.today().minusDays(10), TestClock.today().plusDays(90)))
			.andExpect(status().isCreated()));
	}

	ResultActions schedule(MockHttpSession worker, UUID commission, String kind, String division, int capacity,
			LocalDateTime start) throws Exception {
		return postJson(worker, "/api/v1/guidance/sessions", """
				{"commissionId":"%s","kind":"%s","topicCode":"TODDLER_LANGUAGE","divisionCode":"%s","place":"社区活动中心二楼",
				 "capacity":%d,"startsAt":"%s","endsAt":"%s"}""".formatted(commission, kind, division, capacity,
				start.withNano(0), start.plusHours(1).withNano(0)));
	}

	/** A group class in the division, starting at the time. */
	UUID session(MockHttpSession worker, UUID commission, String division, int capacity, LocalDateTime start)
			throws Exception {
		return id(schedule(worker, commission, "GROUP_CLASS", division, capacity, start).andExpect(status().isCreated()));
	}

	/** The signed-in user of an account, as the facades take it. */
	CurrentUser user(String username) {
		var account = accounts.findByUsername(username).orElseThrow();
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(), account.scope());
	}

	int services(UUID sessionId) {
		return jdbc.sql("SELECT count(*) FROM guidance_service WHERE source_id = :id").param("id", sessionId)
			.query(Integer.class).single();
	}
}
