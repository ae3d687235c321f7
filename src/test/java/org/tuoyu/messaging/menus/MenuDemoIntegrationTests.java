package org.tuoyu.messaging.menus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Logins;

/**
 * The demo profile's menus, allergies and parents' committee: weeks of several institutions, the
 * demo parent's child's egg allergy marked on the published menu, the committee with its minutes
 * and the published house rules on the demo institution's disclosure page.
 */
@SpringBootTest(properties = "tuoyu.admin.password=")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class MenuDemoIntegrationTests {

	static final String PASSWORD = "tuoyu2026demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoHasAMonthOfMenusAndTheParentsChildsAllergyIsMarked() throws Exception {
		assertThat(jdbc.sql("SELECT count(DISTINCT institution_id) FROM messaging_menu_week").query(Long.class).single())
			.isEqualTo(1 + DemoMenus.OTHERS);
		assertThat(jdbc.sql("SELECT count(DISTINCT week_start) FROM messaging_menu_week").query(Long.class).single())
			.isEqualTo(5);
		MockHttpSession parent = Logins.login(mvc, "parent", PASSWORD);
		UUID child = jdbc.sql("SELECT child_id FROM health_allergy WHERE allergen = '鸡蛋' AND status = 'CONFIRMED'")
			.query(UUID.class).single();
		mvc.perform(get("/api/v1/menus/children/" + child).session(parent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weeks.length()").value(2))
			.andExpect(jsonPath("$.weeks[0].days[*].meals.LUNCH[*].allergens[*]", hasItem("鸡蛋")));
		MockHttpSession health = Logins.login(mvc, "health", PASSWORD);
		mvc.perform(get("/org/health/allergies").session(health))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待保健人员确认")));
	}

	@Test
	void theDemoCommitteeMeetsAndPublishesItsRules() throws Exception {
		MockHttpSession head = Logins.login(mvc, "org-admin", PASSWORD);
		mvc.perform(get("/api/v1/committee").session(head))
			.andExpect(jsonPath("$.members[0].role").value("CHAIR"))
			.andExpect(jsonPath("$.minutes.length()").value(2))
			.andExpect(jsonPath("$.commitments[0].publishedText").value(containsString("入园时间")));
		UUID institution = jdbc.sql("SELECT institution_id FROM platform_account WHERE username = 'org-admin'")
			.query(UUID.class).single();
		mvc.perform(get("/directory/institutions/" + institution))
			.andExpect(content().string(containsString("服务承诺（")));
		MockHttpSession parent = Logins.login(mvc, "parent", PASSWORD);
		mvc.perform(get("/family/committee").session(parent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("伙食与过敏幼儿膳食")));
	}
}
