package org.tuoyu.messaging.conversations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Institutions, classes, caregivers signed in with an account linked to their class, and families
 * with a child placed in a class, for the conversation tests, over the API. Credit codes use serials
 * 61_000–61_999, usernames start with {@code msg-}, guardians' phones with {@code 139006}. Other messaging
 * features' tests use it with their own serials and names.
 */
public record ConversationFixtures(MockMvc mvc, JsonMapper json, JdbcClient jdbc, AccountManagement accounts,
		Accounts accountRows) {

	public static final String PASSWORD = "Msg2026pass";

	public static final String STREET = "320213021";

	/**
	 * An institution with two classes, each with a caregiver, its administrator, another institution,
	 * a district officer and a health worker of the first institution, all signed in.
	 */
	public record Setting(Institutions.Filed classOne, Institutions.Filed classTwo, Institutions.Filed elsewhere,
			MockHttpSession orgAdmin, MockHttpSession careOne, MockHttpSession careTwo, MockHttpSession otherOrg,
			MockHttpSession officer, MockHttpSession healthWorker) {
	}

	/**
	 * The setting of a test class: credit codes {@code serial} and {@code serial + 1}, usernames
	 * starting with {@code prefix}, the caregivers' resident IDs from {@code staffSerial} and the next.
	 */
	public Setting setting(int serial, String prefix, String caregiverOne, String caregiverTwo, int staffSerial)
			throws Exception {
		MockHttpSession admin = admin();
		Institutions.Filed classOne = institution(admin, serial, prefix + "-org");
		Institutions.Filed classTwo = otherClass(classOne, "小二班");
		Institutions.Filed elsewhere = institution(admin, serial + 1, prefix + "-org-b");
		return new Setting(classOne, classTwo, elsewhere, org(classOne),
				caregiver(classOne, prefix + "-care-one", caregiverOne, staffSerial),
				caregiver(classTwo, prefix + "-care-two", caregiverTwo, staffSerial + 1), org(elsewhere),
				Officers.signedIn(mvc, admin, prefix + "-district", "DISTRICT_ADMIN", "320213", PASSWORD),
				placed().staff(classOne, STREET, prefix + "-health", Role.HEALTH_WORKER));
	}

	public MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	/** A filed institution with the toddler class 小一班, its administrator {@code username}. */
	public Institutions.Filed institution(MockHttpSession admin, int serial, String username) throws Exception {
		return Institutions.filedWithClass(mvc, jdbc, admin, serial, username, STREET, "小一班", "TODDLER", 15);
	}

	public MockHttpSession org(Institutions.Filed place) throws Exception {
		return Logins.login(mvc, place.username(), Institutions.PASSWORD);
	}

	/** Another toddler class of the institution; the place in it. */
	public Institutions.Filed otherClass(Institutions.Filed place, String name) throws Exception {
		MockHttpSession org = org(place);
		String site = json.readTree(mvc.perform(get("/api/v1/institutions/" + place.id()).session(org)).andReturn()
			.getResponse().getContentAsString()).get("sites").get(0).get("id").asString();
		UUID classId = id(postJson(org, "/api/v1/institutions/" + place.id() + "/classes",
				"{\"siteId\":\"%s\",\"name\":\"%s\",\"type\":\"TODDLER\",\"capacity\":15}".formatted(site, name))
			.andExpect(status().isCreated()));
		return new Institutions.Filed(place.id(), classId, place.username());
	}

	/**
	 * A caregiver of the class: hired (a resident ID from {@code serial}), assigned to the class and
	 * linked to a new caregiver account {@code username}, signed in.
	 */
	public MockHttpSession caregiver(Institutions.Filed place, String username, String name, int serial) throws Exception {
		MockHttpSession session = placed().staff(place, STREET, username, Role.CAREGIVER);
		MockHttpSession org = org(place);
		UUID person = id(postJson(org, "/api/v1/staff", """
				{"name":"%s","residentId":"%s","phone":"13812345678","role":"CAREGIVER","startedOn":"%s"}
				""".formatted(name, ResidentIds.complete("32020219880412%03d".formatted(serial % 1000)),
				TestClock.today().minusMonths(3))).andExpect(status().isCreated()));
		mvc.perform(put("/api/v1/staff/people/" + person + "/classes/" + place.classId()).session(org).with(csrf()))
			.andExpect(status().is2xxSuccessful());
		mvc.perform(put("/api/v1/staff/people/" + person + "/account").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"%s\"}".formatted(accountId(username))))
			.andExpect(status().isNoContent());
		return session;
	}

	/** A new guardian, signed in, whose child is placed in the class. */
	public PlacedChildren.Family family(Institutions.Filed place, String phone, String childName) throws Exception {
		return placed().family(place, phone, childName, TestClock.today().minusMonths(18));
	}

	public PlacedChildren placed() {
		return new PlacedChildren(mvc, json, accounts, accountRows, PASSWORD);
	}

	public UUID accountId(String username) {
		return accountRows.findByUsername(username).orElseThrow().id();
	}

	/** The signed-in user of an account, as the facades take it. */
	public CurrentUser user(String username) {
		var account = accountRows.findByUsername(username).orElseThrow();
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(), account.scope());
	}

	public ResultActions postJson(MockHttpSession session, String path, String body) throws Exception {
		return mvc.perform(post(path).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	public UUID id(ResultActions result) throws Exception {
		return UUID.fromString(json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString());
	}

	/** The child's thread, started (or found) by the user. */
	UUID thread(MockHttpSession session, UUID child) throws Exception {
		return id(postJson(session, "/api/v1/messages/threads", "{\"childId\":\"%s\"}".formatted(child))
			.andExpect(status().is2xxSuccessful()));
	}

	ResultActions send(MockHttpSession session, UUID thread, String text) throws Exception {
		return postJson(session, "/api/v1/messages/threads/" + thread + "/messages",
				json.writeValueAsString(java.util.Map.of("text", text)));
	}

	/** The account's inbox notifications {@code messaging.conversations.notification.<kind>} linking to the thread. */
	int notifications(String username, String kind, UUID thread) {
		return jdbc.sql("""
				SELECT count(*) FROM platform_notification n JOIN platform_account a ON a.id = n.account_id
				WHERE a.username = :username AND n.message_key = :key AND n.link LIKE :link
				""").param("username", username).param("key", "messaging.conversations.notification." + kind)
			.param("link", "%/" + thread).query(Integer.class).single();
	}

	int messages(UUID thread) {
		return jdbc.sql("SELECT count(*) FROM messaging_message WHERE thread_id = :thread").param("thread", thread)
			.query(Integer.class).single();
	}
}
