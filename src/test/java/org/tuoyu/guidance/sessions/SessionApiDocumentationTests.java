package org.tuoyu.guidance.sessions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.TuoyuTest;

/** Every API of guidance providers, commissions, sessions and bookings is in the OpenAPI document. */
@TuoyuTest
class SessionApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/guidance/providers", "/api/v1/guidance/providers/{id}",
			"/api/v1/guidance/providers/{id}/documents", "/api/v1/guidance/providers/{id}/documents/{documentId}",
			"/api/v1/guidance/providers/{id}/workers", "/api/v1/guidance/commissions", "/api/v1/guidance/commissions/{id}",
			"/api/v1/guidance/commissions/{id}/delivery",
			"/api/v1/guidance/topics", "/api/v1/guidance/sessions", "/api/v1/guidance/sessions/{id}",
			"/api/v1/guidance/sessions/{id}/bookings", "/api/v1/guidance/sessions/{id}/attendance",
			"/api/v1/guidance/sessions/{id}/check-in-code", "/api/v1/guidance/sessions/{id}/cancellation",
			"/api/v1/guidance/home-visits",
			"/api/v1/guidance/family/quota", "/api/v1/guidance/family/sessions", "/api/v1/guidance/family/bookings",
			"/api/v1/guidance/family/bookings/{id}/cancel", "/api/v1/guidance/family/bookings/{id}/rating",
			"/api/v1/guidance/family/check-ins", "/api/v1/guidance/quota/behind", "/api/v1/guidance/quota/invitations" })
	void everyApiIsDocumented(String path) throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + path + "']").exists());
	}
}
