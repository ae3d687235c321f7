package org.tuoyu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.account.FirstAdministrator;
import org.tuoyu.test.Logins;

/**
 * Without {@code TUOYU_ADMIN_PASSWORD} there is no default password: a one-time token printed at
 * start sets the administrator's password.
 */
@SpringBootTest(properties = "tuoyu.admin.password=")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("city administrator 'admin':\\s+([A-Za-z0-9_-]{24})\\s");

	@Autowired
	MockMvc mvc;

	@Autowired
	FirstAdministrator firstAdministrator;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSetupTokenPrintedAtStartSetsTheFirstAdministratorPassword(CapturedOutput output) throws Exception {
		assertThat(jdbc.sql("SELECT count(*) FROM platform_account").query(Long.class).single()).isZero();
		mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/setup")).andExpect(status().isOk()).andExpect(content().string(containsString("一次性设置口令")));

		firstAdministrator.run(new DefaultApplicationArguments());
		Matcher matcher = TOKEN.matcher(output.getOut());
		String token = null;
		while (matcher.find()) {
			token = matcher.group(1);
		}
		assertThat(token).as("the newest setup token in the log").isNotNull();

		mvc.perform(post("/setup").with(csrf()).param("token", "wrong-token").param("password", "Riverside2026x")
			.param("confirmation", "Riverside2026x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "token", "setup.tokenInvalid"));
		mvc.perform(post("/setup").with(csrf()).param("token", token).param("password", "short1")
			.param("confirmation", "short1"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"));
		assertThat(jdbc.sql("SELECT count(*) FROM platform_account").query(Long.class).single()).isZero();

		mvc.perform(post("/setup").with(csrf()).param("token", token).param("password", "Riverside2026x")
			.param("confirmation", "Riverside2026x"))
			.andExpect(redirectedUrl("/login?setup"));
		Logins.login(mvc, "admin", "Riverside2026x");
		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/setup").with(csrf()).param("token", token).param("password", "Another2026pw")
			.param("confirmation", "Another2026pw"))
			.andExpect(redirectedUrl("/login"));
	}
}
