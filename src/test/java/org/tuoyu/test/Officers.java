package org.tuoyu.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Creates officer accounts through the API for tests. */
public final class Officers {

	private Officers() {
	}

	/** Creates an officer as the signed-in administrator and returns the officer's signed-in session. */
	public static MockHttpSession signedIn(MockMvc mvc, MockHttpSession admin, String username, String role,
			String division, String password) throws Exception {
		mvc.perform(post("/api/v1/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"干部 %s","role":"%s","divisionCode":"%s","password":"%s"}
					""".formatted(username, username, role, division, password)))
			.andExpect(status().isCreated());
		return Logins.login(mvc, username, password);
	}
}
