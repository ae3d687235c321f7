package org.tuoyu.messaging.conversations;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.TuoyuTest;

/** Every API of conversations is in the OpenAPI document, with a summary. */
@TuoyuTest
class ConversationApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/messages/threads", "/api/v1/messages/threads/{id}",
			"/api/v1/messages/threads/{id}/messages", "/api/v1/messages/threads/{id}/messages/{messageId}/withdrawal",
			"/api/v1/messages/threads/{id}/read", "/api/v1/messages/startable", "/api/v1/messages/photos/{photoId}",
			"/api/v1/messages/office-hours" })
	void everyApiIsDocumented(String path) throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + path + "']").exists())
			.andExpect(jsonPath("$.paths['" + path + "'].*.summary").isNotEmpty());
	}
}
