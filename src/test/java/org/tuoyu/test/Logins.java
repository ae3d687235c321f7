package org.tuoyu.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logs in through the real login form and returns the authenticated session.
 */
public final class Logins {

	private Logins() {
	}

	public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}
}
