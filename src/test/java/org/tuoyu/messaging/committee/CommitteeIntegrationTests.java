package org.tuoyu.messaging.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The parents' committee and public commitments over HTTP: invitations answered on the phone, one
 * chair at a time, minutes read by the institution's families, house rules on the public disclosure
 * page once published; bad input writes nothing; each role reaches only its own.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeIntegrationTests {

	static final String STREET = "320213021";

	static final String PASSWORD = "Committee2026test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	Accounts accounts;

	Institutions.Filed place;

	MockHttpSession org;

	MockHttpSession caregiver;

	MockHttpSession otherOrg;

	MockHttpSession officer;

	Family chair;

	Family member;

	Family reader;

	Family elsewhere;

	@BeforeAll
	void anInstitutionWithThreeFamiliesAndAnother() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		place = Institutions.filedWithClass(mvc, jdbc, admin, 58_301, "committee-org", STREET, "小一班", "TODDLER", 15);
		Institutions.Filed other = Institutions.filedWithClass(mvc, jdbc, admin, 58_302, "committee-other", STREET, "小二班",
				"TODDLER", 15);
		PlacedChildren placed = new PlacedChildren(mvc, json, accountManagement, accounts, PASSWORD);
		LocalDate birth = TestClock.today().minusMonths(20);
		chair = placed.family(place, "13958300001", "赵主任", birth);
		member = placed.family(place, "13958300002", "钱委员", birth);
		reader = placed.family(place, "13958300003", "孙读者", birth);
		elsewhere = placed.family(other, "13958300004", "李别处", birth);
		caregiver = placed.staff(place, STREET, "committee-care", Role.CAREGIVER);
		org = Logins.login(mvc, "committee-org", Institutions.PASSWORD);
		otherOrg = Logins.login(mvc, "committee-other", Institutions.PASSWORD);
		officer = Officers.signedIn(mvc, admin, "committee-street", "STREET_OFFICER", STREET, PASSWORD);
	}

	@Test
	void invitedGuardiansAnswerOnThePhoneAndACommitteeHasOneChair() throws Exception {
		mvc.perform(get("/api/v1/committee/invitable").session(org))
			.andExpect(jsonPath("$[?(@.accountId == '%s')].childNames[0]".formatted(account(chair))).value("赵主任"));
		UUID invitation = id(invite(org, account(chair), "CHAIR").andExpect(status().isCreated()));
		invite(org, account(member), "CHAIR").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.committee.invite.chairTaken"));
		invite(org, account(chair), "MEMBER").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.committee.invite.already"));
		mvc.perform(get("/api/v1/notifications").session(chair.guardian()))
			.andExpect(jsonPath("$[*].text", hasItem(containsString("邀请您担任家长委员会主任"))));

		// the invitation is the invited guardian's to answer, once
		answer(member, invitation, "accept").andExpect(status().isNotFound());
		mvc.perform(get("/family/committee").session(chair.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"accept-" + invitation + "\"")));
		mvc.perform(post("/family/committee/invitations/" + invitation + "/accept").session(chair.guardian()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		answer(chair, invitation, "decline").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.committee.answer.closed"));

		UUID declined = id(invite(org, account(member), "VICE_CHAIR").andExpect(status().isCreated()));
		answer(member, declined, "decline").andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/committee").session(caregiver))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[0].guardianName").value("家长"))
			.andExpect(jsonPath("$.members[0].role").value("CHAIR"))
			.andExpect(jsonPath("$.members[0].status").value("ACCEPTED"))
			.andExpect(jsonPath("$.members[?(@.status == 'DECLINED')].role").value("VICE_CHAIR"));
		// the chair steps down: a new one may be invited
		mvc.perform(post("/api/v1/committee/members/" + invitation + "/end").session(org).with(csrf()))
			.andExpect(status().isNoContent());
		UUID again = id(invite(org, account(member), "CHAIR").andExpect(status().isCreated()));
		answer(member, again, "accept").andExpect(status().isNoContent());
	}

	@Test
	void minutesAreReadByTheInstitutionsFamiliesOnly() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM messaging_committee_minutes").query(Long.class).single();
		minutes(org, TestClock.today().plusDays(1), "伙食").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("metOn"))
			.andExpect(jsonPath("$.detail").value("会议日期不能晚于今天"));
		minutes(org, TestClock.today(), " ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		mvc.perform(post("/org/committee/minutes").session(org).with(csrf()).param("metOn", TestClock.today().toString())
			.param("title", "伙食").param("attendees", " ").param("text", "讨论冬季食谱"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项必填")));
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_committee_minutes").query(Long.class).single()).isEqualTo(before);
		minutes(org, TestClock.today().minusDays(3), "冬季伙食").andExpect(status().isCreated());

		mvc.perform(get("/api/v1/committee/family").session(reader.guardian()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].minutes[0].title").value("冬季伙食"))
			.andExpect(jsonPath("$[0].minutes[0].attendees").value("赵主任家长、钱委员家长"));
		mvc.perform(get("/family/committee").session(reader.guardian()))
			.andExpect(content().string(containsString("冬季伙食")));
		mvc.perform(get("/api/v1/committee/family").session(elsewhere.guardian()))
			.andExpect(jsonPath("$[0].minutes", hasSize(0)));
		minutes(caregiver, TestClock.today(), "x").andExpect(status().isForbidden());
	}

	@Test
	void houseRulesAppearOnThePublicDisclosurePageOncePublished() throws Exception {
		String page = "/directory/institutions/" + place.id();
		mvc.perform(put("/api/v1/committee/commitments/HOUSE_RULES").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		mvc.perform(put("/api/v1/committee/commitments/HOUSE_RULES").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"一、入园须由家长或授权接送人陪同。\\n二、离园凭接送卡。\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(not(containsString("入园须由家长"))));
		mvc.perform(post("/api/v1/committee/commitments/HOUSE_RULES/publication").session(org).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/committee/commitments/HOUSE_RULES/publication").session(org).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.committee.commitment.nothingToPublish"));
		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"disclosure-commitments\"")))
			.andExpect(content().string(containsString("规章制度（")))
			.andExpect(content().string(containsString("二、离园凭接送卡。")));
		mvc.perform(get("/org/committee").session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"commitment-HOUSE_RULES\"")));
		mvc.perform(post("/org/committee/commitments/FEE_NOTES/publication").session(org).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void eachRoleReachesOnlyItsOwn() throws Exception {
		invite(org, account(elsewhere), "MEMBER").andExpect(status().isNotFound());
		invite(otherOrg, account(reader), "MEMBER").andExpect(status().isNotFound());
		invite(caregiver, account(reader), "MEMBER").andExpect(status().isForbidden());
		invite(reader.guardian(), account(reader), "MEMBER").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/committee").session(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/committee/family").session(org)).andExpect(status().isForbidden());
		UUID invitation = id(invite(org, account(reader), "MEMBER").andExpect(status().isCreated()));
		mvc.perform(post("/api/v1/committee/members/" + invitation + "/end").session(otherOrg).with(csrf()))
			.andExpect(status().isNotFound());
		answer(elsewhere, invitation, "accept").andExpect(status().isNotFound());
		invite(org, account(reader), null).andExpect(status().isUnprocessableContent());
	}

	private UUID account(Family family) {
		return jdbc.sql("SELECT account_id FROM family_guardianship WHERE child_id = :child")
			.param("child", family.child()).query(UUID.class).single();
	}

	private ResultActions invite(MockHttpSession session, UUID guardian, String role) throws Exception {
		return mvc.perform(post("/api/v1/committee/invitations").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"guardianAccountId\":\"%s\",\"role\":%s}".formatted(guardian, role == null ? "null" : "\"" + role + "\"")));
	}

	private ResultActions answer(Family family, UUID invitation, String answer) throws Exception {
		return mvc.perform(post("/api/v1/committee/invitations/" + invitation + "/" + answer).session(family.guardian())
			.with(csrf()));
	}

	private ResultActions minutes(MockHttpSession session, LocalDate on, String title) throws Exception {
		return mvc.perform(post("/api/v1/committee/minutes").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"metOn\":\"%s\",\"title\":\"%s\",\"attendees\":\"赵主任家长、钱委员家长\",\"text\":\"讨论冬季食谱\"}"
				.formatted(on, title)));
	}

	private UUID id(ResultActions result) throws Exception {
		return UUID.fromString(json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString());
	}
}
