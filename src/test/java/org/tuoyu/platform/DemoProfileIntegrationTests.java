package org.tuoyu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Logins;

/**
 * The demo profile: one account per role, with the passwords the README lists.
 */
@SpringBootTest(properties = "tuoyu.admin.password=")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoProfileIntegrationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "admin, CITY_ADMIN, /admin", "liangxi, DISTRICT_ADMIN, /admin", "street, STREET_OFFICER, /admin",
			"inspector, INSPECTOR, /admin", "org-admin, INSTITUTION_ADMIN, /org", "caregiver, CAREGIVER, /org",
			"health, HEALTH_WORKER, /org", "parent, GUARDIAN, /family" })
	void everyRoleHasADemoAccountThatLogsIntoItsFace(String username, Role role, String face) throws Exception {
		MockHttpSession session = Logins.login(mvc, username, "tuoyu2026demo");
		mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.role").value(role.name()));
		String landing = mvc.perform(get("/home").session(session)).andReturn().getResponse().getRedirectedUrl();
		assertThat(landing).isEqualTo(face);
		mvc.perform(get(face).session(session))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}
}
