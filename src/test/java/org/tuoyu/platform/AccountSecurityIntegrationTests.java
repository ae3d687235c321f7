package org.tuoyu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class AccountSecurityIntegrationTests {

	private static final String PASSWORD = "Officer2026pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void loginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录托育服务平台")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Log in to Tuoyu")));
	}

	@Test
	void loginChangesTheSessionIdAndIsAudited() throws Exception {
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();
		MockHttpSession after = (MockHttpSession) mvc
			.perform(post("/login").session(before).with(csrf())
				.param("username", "admin")
				.param("password", TuoyuTest.ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(after.getId()).isNotEqualTo(idBefore);
		assertThat(count("SELECT count(*) FROM platform_audit_event WHERE action = 'LOGIN' AND actor_name = 'admin'"))
			.isPositive();
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		createOfficer(admin, "lockme", Role.STREET_OFFICER, "320213021");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user("lockme").password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("lockme").password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		// The lock lasts tuoyu.security.lockout-duration; once it has passed, the right password works again.
		jdbc.sql("UPDATE platform_account SET locked_until = :now - interval '1 second' WHERE username = 'lockme'").param("now", TestClock.nowInCity()).update();
		Logins.login(mvc, "lockme", PASSWORD);
		assertThat(count("SELECT count(*) FROM platform_audit_event WHERE action = 'LOGIN_FAILED' AND actor_name = 'lockme'"))
			.isGreaterThanOrEqualTo(5);
		assertThat(count("SELECT count(*) FROM platform_audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor_name = 'lockme'"))
			.isEqualTo(1);
	}

	@Test
	void districtAdminCannotCreateACityAdminOrAnAccountInAnotherDistrict() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		createOfficer(admin, "binhu-admin", Role.DISTRICT_ADMIN, "320211");
		MockHttpSession district = Logins.login(mvc, "binhu-admin", PASSWORD);
		long accounts = count("SELECT count(*) FROM platform_account");

		mvc.perform(post("/api/v1/accounts").session(district).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("sneaky-city", Role.CITY_ADMIN, "3202")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:business-rule"))
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value("不能创建权限高于自己的账户"));

		mvc.perform(post("/api/v1/accounts").session(district).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("sneaky-street", Role.STREET_OFFICER, "320213021")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("account.create.outsideScope"))
			.andExpect(jsonPath("$.errors[0].message").value("区划 320213021 不在您的管辖范围内"));

		mvc.perform(post("/admin/accounts").session(district).with(csrf())
			.param("username", "sneaky-page")
			.param("displayName", "越权")
			.param("role", "STREET_OFFICER")
			.param("divisionCode", "320213021")
			.param("password", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "divisionCode", "account.create.outsideScope"))
			.andExpect(content().string(containsString("不在您的管辖范围内")));

		assertThat(count("SELECT count(*) FROM platform_account")).isEqualTo(accounts);
	}

	@Test
	void anAccountOutsideTheScopeAnswers404() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID xishan = createOfficer(admin, "xishan-street", Role.STREET_OFFICER, "320205001");
		createOfficer(admin, "xinwu-admin", Role.DISTRICT_ADMIN, "320214");
		MockHttpSession district = Logins.login(mvc, "xinwu-admin", PASSWORD);
		mvc.perform(get("/api/v1/accounts/" + xishan).session(district))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:not-found"));
		mvc.perform(post("/api/v1/accounts/" + xishan + "/disable").session(district).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/accounts/" + xishan).session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true));
	}

	@Test
	void weakPasswordsAndBadUsernamesAreRejectedWithTheirReason() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"weakling","displayName":"弱","role":"STREET_OFFICER","divisionCode":"320213021","password":"abc123"}
					"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("密码至少需要10位"));
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.param("lang", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Bad Name!", Role.STREET_OFFICER, "320213021")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("nowhere", Role.STREET_OFFICER, "32021X")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("value.divisionCode.characters"));
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:validation"))
			.andExpect(jsonPath("$.errors").isArray());
	}

	@Test
	void createdAccountGetsAWelcomeNotificationAndCanChangeItsPassword() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		createOfficer(admin, "newcomer", Role.INSPECTOR, "320213");
		assertThat(count("SELECT count(*) FROM platform_audit_event WHERE action = 'ACCOUNT_CREATED' AND details = 'newcomer INSPECTOR'"))
			.isEqualTo(1);
		MockHttpSession newcomer = Logins.login(mvc, "newcomer", PASSWORD);
		mvc.perform(get("/admin").session(newcomer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unread-count\">1<")));
		mvc.perform(post("/profile/password").session(newcomer).with(csrf())
			.param("currentPassword", "not-it-2026")
			.param("newPassword", "Changed2026pass")
			.param("confirmation", "Changed2026pass"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.currentWrong"));
		mvc.perform(post("/profile/password").session(newcomer).with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "Changed2026pass")
			.param("confirmation", "Changed2026pass"))
			.andExpect(redirectedUrl("/profile"));
		Logins.login(mvc, "newcomer", "Changed2026pass");
		assertThat(count("SELECT count(*) FROM platform_audit_event WHERE action = 'PASSWORD_CHANGED'")).isPositive();
	}

	@Test
	void roleChangesFollowTheCreationRulesAreAuditedAndEndTheOpenSession() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID officer = createOfficer(admin, "promoted", Role.STREET_OFFICER, "320213024");
		createOfficer(admin, "huishan-admin", Role.DISTRICT_ADMIN, "320206");
		MockHttpSession officerSession = Logins.login(mvc, "promoted", PASSWORD);
		MockHttpSession huishan = Logins.login(mvc, "huishan-admin", PASSWORD);

		mvc.perform(put("/api/v1/accounts/" + officer).session(huishan).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"x\",\"role\":\"DISTRICT_ADMIN\",\"divisionCode\":\"320206\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/accounts/" + officer).session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"升任\",\"role\":\"DISTRICT_ADMIN\",\"divisionCode\":\"320213024\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("该角色的管辖区划须为区县级代码"));
		mvc.perform(put("/api/v1/accounts/" + officer).session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"升任\",\"role\":\"DISTRICT_ADMIN\",\"divisionCode\":\"320213\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("DISTRICT_ADMIN"));
		assertThat(count("SELECT count(*) FROM platform_audit_event WHERE action = 'ACCOUNT_ROLE_CHANGED' AND target_id = '"
				+ officer + "'")).isEqualTo(1);
		mvc.perform(get("/admin").session(officerSession)).andExpect(redirectedUrl("/login"));

		mvc.perform(get("/admin/accounts/" + officer + "/edit").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("编辑账户 promoted")));
		mvc.perform(post("/admin/accounts/" + officer).session(admin).with(csrf())
			.param("displayName", "").param("role", "DISTRICT_ADMIN").param("divisionCode", "320213"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "displayName"));
		UUID adminId = jdbc.sql("SELECT id FROM platform_account WHERE username = 'admin'").query(UUID.class).single();
		mvc.perform(put("/api/v1/accounts/" + adminId).session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"我\",\"role\":\"INSPECTOR\",\"divisionCode\":\"3202\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("account.edit.self"));
	}

	@Test
	void adminsCreateAccountsThroughThePageAndUsersLogOut() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(post("/admin/accounts").session(admin).with(csrf())
			.param("username", "page-made")
			.param("displayName", "页面创建")
			.param("role", "INSPECTOR")
			.param("divisionCode", "320282")
			.param("password", PASSWORD))
			.andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(get("/admin/accounts").session(admin)).andExpect(content().string(containsString("page-made")));
		MockHttpSession made = Logins.login(mvc, "page-made", PASSWORD);
		mvc.perform(post("/logout").session(made).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/admin").session(made)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theProfilePageCreatesAndRevokesTokens() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		String token = (String) mvc.perform(post("/profile/tokens").session(admin).with(csrf()).param("name", "页面令牌"))
			.andExpect(redirectedUrl("/profile"))
			.andReturn()
			.getFlashMap()
			.get("newToken");
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/profile").session(admin)).andExpect(content().string(containsString("页面令牌")));
		UUID id = jdbc.sql("SELECT id FROM platform_api_token WHERE name = '页面令牌'").query(UUID.class).single();
		mvc.perform(post("/profile/tokens/" + id + "/revoke").session(admin).with(csrf())).andExpect(redirectedUrl("/profile"));
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/profile/tokens").session(admin).with(csrf()).param("name", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("tokenForm", "name"));
	}

	@Test
	void disabledAccountsCannotLogIn() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID id = createOfficer(admin, "leaver", Role.STREET_OFFICER, "320213022");
		mvc.perform(post("/admin/accounts/" + id + "/disable").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(formLogin("/login").user("leaver").password(PASSWORD)).andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(post("/admin/accounts/" + id + "/enable").session(admin).with(csrf()));
		assertThat(count("SELECT count(*) FROM platform_audit_event WHERE action = 'ACCOUNT_ENABLED'")).isPositive();
		MockHttpSession leaver = Logins.login(mvc, "leaver", PASSWORD);
		mvc.perform(get("/admin").session(leaver)).andExpect(status().isOk());
		mvc.perform(post("/admin/accounts/" + id + "/disable").session(admin).with(csrf()));
		// The open session ends at once, on pages and on the API.
		mvc.perform(get("/admin").session(leaver)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").session(leaver)).andExpect(status().isUnauthorized());
		assertThat(count("SELECT count(*) FROM platform_audit_event WHERE action = 'ACCOUNT_DISABLED'")).isPositive();
	}

	@Test
	void apiAcceptsBearerTokensUntilRevokedAndNeverBasicAuth() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(post("/api/v1/tokens").session(admin).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
			.andExpect(status().isForbidden());
		String created = mvc.perform(post("/api/v1/tokens").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"统计系统\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = json.readTree(created).get("token").asString();
		assertThat(token).startsWith("tuoyu_");

		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.role").value("CITY_ADMIN"))
			.andExpect(jsonPath("$.scope.kind").value("DIVISION"))
			.andExpect(jsonPath("$.scope.divisionCode").value("3202"));
		mvc.perform(get("/api/v1/regions/3202").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());

		JsonNode tokens = json.readTree(mvc.perform(get("/api/v1/tokens").session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String id = tokens.get(0).get("id").asString();
		mvc.perform(delete("/api/v1/tokens/" + id).session(admin).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:unauthenticated"));

		mvc.perform(post("/api/v1/tokens").session(admin).header(HttpHeaders.AUTHORIZATION, "Bearer tuoyu_forged")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"csrf-bypass\"}"))
			.andExpect(status().isUnauthorized());

		String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + TuoyuTest.ADMIN_PASSWORD).getBytes());
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("未登录"));
	}

	@Test
	void pagesNeedTheRightRole() throws Exception {
		mvc.perform(get("/admin/regions")).andExpect(redirectedUrl("/login"));
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		createOfficer(admin, "street-only", Role.STREET_OFFICER, "320213023");
		MockHttpSession street = Logins.login(mvc, "street-only", PASSWORD);
		mvc.perform(get("/admin/accounts").session(street)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/accounts").session(street))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:forbidden"));
		mvc.perform(get("/org").session(street)).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").session(street)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar").session(street).with(csrf()).param("day", "2030-10-03").param("kind", "HOLIDAY"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/regions/import").session(street).with(csrf())
			.contentType(MediaType.MULTIPART_FORM_DATA))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/home").session(street)).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void unknownApiPathsAndBadRequestsAnswerProblemJson() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/api/v1/no-such-thing").session(admin))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:not-found"));
		mvc.perform(post("/api/v1/tokens").session(admin).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:validation"));
		mvc.perform(post("/api/v1/tokens").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求格式不正确或缺少必填参数"));
	}

	@Test
	void actuatorHealthIsPublicAndTheRestIsForTheCityAdmin() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", startsWith("/login")));
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/actuator/prometheus").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	private UUID createOfficer(MockHttpSession session, String username, Role role, String division) throws Exception {
		String answer = mvc.perform(post("/api/v1/accounts").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(username, role, division)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(json.readTree(answer).get("id").asString());
	}

	private static String body(String username, Role role, String division) {
		return """
				{"username":"%s","displayName":"测试 %s","role":"%s","divisionCode":"%s","password":"%s"}
				""".formatted(username, username, role, division, PASSWORD);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
