package org.tuoyu.messaging.menus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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
 * Weekly menus and plans end to end on the real database, over HTTP: a draft is the staff's, a
 * published week reaches the families of the class type with their child's allergens marked, the
 * staff see the class's allergy alerts; bad input writes nothing; each role reaches only its own.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MenuIntegrationTests {

	static final String STREET = "320213021";

	static final String PASSWORD = "Menus2026test";

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

	Institutions.Filed toddlers;

	MockHttpSession org;

	MockHttpSession caregiver;

	MockHttpSession otherOrg;

	MockHttpSession officer;

	Family egg;

	Family none;

	Family elsewhere;

	LocalDate thisWeek;

	@BeforeAll
	void aToddlerClassWithTwoChildrenAndAnotherInstitution() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		toddlers = Institutions.filedWithClass(mvc, jdbc, admin, 58_101, "menu-org", STREET, "小一班", "TODDLER", 15);
		PlacedChildren placed = new PlacedChildren(mvc, json, accountManagement, accounts, PASSWORD);
		LocalDate birth = TestClock.today().minusMonths(18);
		egg = placed.family(toddlers, "13958100001", "钱一一", birth);
		none = placed.family(toddlers, "13958100002", "孙二二", birth);
		caregiver = placed.staff(toddlers, STREET, "menu-care", Role.CAREGIVER);
		org = Logins.login(mvc, "menu-org", Institutions.PASSWORD);
		Institutions.Filed other = Institutions.filedWithClass(mvc, jdbc, admin, 58_102, "menu-other", STREET, "大一班",
				"TODDLER", 15);
		elsewhere = placed.family(other, "13958100003", "李三三", birth);
		otherOrg = Logins.login(mvc, "menu-other", Institutions.PASSWORD);
		officer = Officers.signedIn(mvc, admin, "menu-street", "STREET_OFFICER", STREET, PASSWORD);
		thisWeek = MenuPolicy.weekStart(TestClock.today());
	}

	@Test
	void aPublishedWeekReachesTheFamiliesWithTheirChildsAllergensMarked() throws Exception {
		mvc.perform(post("/api/v1/allergies").session(egg.guardian()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"%s\",\"allergen\":\"鸡蛋\",\"reaction\":\"皮疹\",\"severity\":\"SEVERE\"}".formatted(egg.child())))
			.andExpect(status().isCreated());
		LocalDate today = TestClock.today();
		save(org, "TODDLER", thisWeek, """
				{"days":[{"day":"%s","meals":{"LUNCH":[{"name":"番茄炒蛋","ingredients":["番茄","鸡蛋"]},{"name":"米饭"}],
				  "AFTERNOON_SNACK":[{"name":"苹果","ingredients":["苹果"]}]},"theme":"认识冬天","goals":"知道冬天要保暖"}]}
				""".formatted(today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.days[0].meals.LUNCH", hasSize(2)));
		// a draft is the staff's only
		mvc.perform(get("/api/v1/menus/children/" + egg.child()).session(egg.guardian()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.classType").value("TODDLER"))
			.andExpect(jsonPath("$.weeks", empty()));
		publish(org, "TODDLER", thisWeek).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/menus/children/" + egg.child()).session(egg.guardian()))
			.andExpect(jsonPath("$.weeks", hasSize(1)))
			.andExpect(jsonPath("$.weeks[0].status").value("PUBLISHED"))
			.andExpect(jsonPath("$.weeks[0].days[0].theme").value("认识冬天"))
			.andExpect(jsonPath("$.weeks[0].days[0].meals.LUNCH[0].allergens[0]").value("鸡蛋"))
			.andExpect(jsonPath("$.weeks[0].days[0].meals.LUNCH[1].allergens", empty()))
			.andExpect(jsonPath("$.allergies[0].confirmed").value(false));
		mvc.perform(get("/api/v1/menus/children/" + none.child()).session(none.guardian()))
			.andExpect(jsonPath("$.weeks[0].days[0].meals.LUNCH[0].allergens", empty()));
		mvc.perform(get("/family/menus/children/" + egg.child()).session(egg.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("含鸡蛋")))
			.andExpect(content().string(containsString("鸡蛋（待确认）")))
			.andExpect(content().string(containsString("番茄炒蛋")));
		mvc.perform(get("/family/menus").session(egg.guardian())).andExpect(status().isOk())
			.andExpect(content().string(containsString("钱一一")));

		// the staff see which children are allergic to what is on today's menu; each child's read is audited
		long audited = audits(egg);
		mvc.perform(get("/api/v1/menus/classes/" + toddlers.classId()).session(caregiver))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.alerts", hasSize(1)))
			.andExpect(jsonPath("$.alerts[0].childName").value("钱一一"))
			.andExpect(jsonPath("$.alerts[0].dishes[0]").value("番茄炒蛋"))
			.andExpect(jsonPath("$.allergies", hasSize(1)));
		assertThat(audits(egg)).isEqualTo(audited + 1);
		mvc.perform(get("/org/menus/classes/" + toddlers.classId()).session(caregiver))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("对鸡蛋过敏（重度），涉及：番茄炒蛋")));
		mvc.perform(get("/org/menus").session(org)).andExpect(status().isOk())
			.andExpect(content().string(containsString("已发布")));
	}

	@Test
	void badInputIsRefusedWithAReasonAndWritesNothing() throws Exception {
		LocalDate week = thisWeek.plusWeeks(2);
		save(org, "TODDLER", week, """
				{"days":[{"day":"%s","meals":{"LUNCH":[{"name":"","ingredients":["鸡蛋"]}]}}]}""".formatted(week))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("days[0].meals.LUNCH[0].name"))
			.andExpect(jsonPath("$.detail").value("周一午餐有一道菜没有菜名"));
		save(org, "TODDLER", week, "{\"days\":[{\"day\":\"%s\",\"theme\":\"x\"}]}".formatted(week.plusDays(7)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.menus.day.outside"));
		save(org, "TODDLER", thisWeek.minusWeeks(1), "{\"days\":[]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.menus.week.past"));
		save(org, "INFANT", week, "{\"days\":[]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("本机构没有乳儿班，不能为它编写食谱"));
		publish(org, "TODDLER", week).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.menus.week.notWritten"));
		// the page re-renders the form with the reason
		mvc.perform(post("/org/menus/weeks/TODDLER/" + week).session(org).with(csrf())
			.param("days[0].day", week.toString())
			.param("days[0].lunch", "菜".repeat(51) + "：鸡蛋"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过了 50 个字")));
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_menu_week WHERE institution_id = :id AND week_start IN (:week, :past)")
			.param("id", toddlers.id()).param("week", week).param("past", thisWeek.minusWeeks(1)).query(Long.class).single())
			.isZero();
		// an empty week is not published
		save(org, "TODDLER", week, "{\"days\":[]}").andExpect(status().isOk());
		publish(org, "TODDLER", week).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.menus.week.empty"));
	}

	@Test
	void aWeekStartsFromACopyOfTheWeekBeforeAndTheFormSavesIt() throws Exception {
		LocalDate first = thisWeek.plusWeeks(4);
		LocalDate second = first.plusWeeks(1);
		mvc.perform(post("/org/menus/weeks/TODDLER/" + first).session(org).with(csrf())
			.param("days[0].day", first.toString())
			.param("days[0].breakfast", "小米粥：小米\n鸡蛋饼：面粉、鸡蛋")
			.param("days[0].theme", "我的家")
			.param("days[1].day", first.plusDays(1).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/org/menus/weeks/TODDLER/" + first));
		mvc.perform(post("/api/v1/menus/weeks/TODDLER/" + second + "/copy").session(org).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.days[0].day").value(second.toString()))
			.andExpect(jsonPath("$.days[0].meals.BREAKFAST[1].ingredients[1]").value("鸡蛋"))
			.andExpect(jsonPath("$.days[0].theme").value("我的家"));
		mvc.perform(post("/api/v1/menus/weeks/TODDLER/" + second + "/copy").session(org).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.menus.copy.exists"));
		mvc.perform(post("/api/v1/menus/weeks/TODDLER/" + second.plusWeeks(2) + "/copy").session(org).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("messaging.menus.copy.noPrevious"));
		mvc.perform(get("/org/menus/weeks/TODDLER/" + second.plusDays(3)).session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("鸡蛋饼：面粉、鸡蛋")));
		mvc.perform(get("/org/menus/weeks/TODDLER/" + second).session(caregiver))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"week-form\""))))
			.andExpect(content().string(containsString("鸡蛋饼")));
	}

	@Test
	void eachRoleReachesOnlyItsOwn() throws Exception {
		mvc.perform(get("/api/v1/menus/classes/" + toddlers.classId()).session(otherOrg)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/menus/children/" + egg.child()).session(elsewhere.guardian())).andExpect(status().isNotFound());
		mvc.perform(get("/family/menus/children/" + egg.child()).session(none.guardian())).andExpect(status().isNotFound());
		save(caregiver, "TODDLER", thisWeek.plusWeeks(3), "{\"days\":[]}").andExpect(status().isForbidden());
		save(egg.guardian(), "TODDLER", thisWeek.plusWeeks(3), "{\"days\":[]}").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/menus/weeks").session(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/menus/children/" + egg.child()).session(org)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/menus/weeks")).andExpect(status().isUnauthorized());
		// another institution's week of the same class type is its own
		mvc.perform(get("/api/v1/menus/weeks/TODDLER/" + thisWeek).session(otherOrg))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").doesNotExist());
		mvc.perform(get("/api/v1/menus/children/" + elsewhere.child()).session(elsewhere.guardian()))
			.andExpect(jsonPath("$.weeks", empty()));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/menus/weeks/{type}/{weekStart}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/allergies/{id}/confirmation'].post").exists());
	}

	private ResultActions save(MockHttpSession session, String type, LocalDate week, String body) throws Exception {
		return mvc.perform(put("/api/v1/menus/weeks/" + type + "/" + week).session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions publish(MockHttpSession session, String type, LocalDate week) throws Exception {
		return mvc.perform(post("/api/v1/menus/weeks/" + type + "/" + week + "/publication").session(session).with(csrf()));
	}

	private long audits(Family family) {
		return jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'health.allergy.read' AND target_id = :child")
			.param("child", family.child().toString()).query(Long.class).single();
	}
}
