package org.tuoyu.supervision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;

/** The supervision start pages of officers and institutions. */
@TuoyuTest
class SupervisionHomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officersSeeEveryPartWithWhatIsWaitingAndOnlyAdministratorsSeeClosures() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/admin/supervision").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-plans\"")))
			.andExpect(content().string(containsString("id=\"count-overdue-publications\"")))
			.andExpect(content().string(containsString("逾期未办结")))
			.andExpect(content().string(containsString("id=\"nav-closures\"")));
		MockHttpSession inspector = Officers.signedIn(mvc, admin, "sv-home-inspector", "INSPECTOR", "320205",
				Institutions.PASSWORD);
		mvc.perform(get("/admin/supervision").session(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待检查：0 家")))
			.andExpect(content().string(not(containsString("id=\"nav-closures\""))));
		mvc.perform(get("/org/supervision").session(inspector)).andExpect(status().isForbidden());
	}

	@Test
	void anInstitutionSeesItsRectificationsCreditAndAssessments() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		Institutions.filedWithClass(mvc, jdbc, admin, 37_900, "sv-home-org", "320205103", "小一班", "TODDLER", 10);
		MockHttpSession org = Logins.login(mvc, "sv-home-org", Institutions.PASSWORD);
		mvc.perform(get("/org/supervision").session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待整改：0 项")))
			.andExpect(content().string(containsString("信用分 90")))
			.andExpect(content().string(containsString("尚未开展自评")));
		mvc.perform(get("/admin/supervision").session(org)).andExpect(status().isForbidden());
	}
}
