package org.tuoyu.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class IdentifierApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	MockHttpSession session;

	@BeforeEach
	void login() throws Exception {
		session = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	@ParameterizedTest
	@CsvSource({ "RESIDENT_ID, 11010519491231002x, 110105********002X", "CREDIT_CODE, 91350100m000100y43, 91350100M000100Y43",
			"DIVISION_CODE, 320213021, 320213021", "PHONE, +86 138-1234-5678, 138****5678" })
	void validIdentifiersComeBackNormalisedAndMasked(String type, String value, String normalised) throws Exception {
		check(type, value).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.normalised").value(normalised));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"RESIDENT_ID|11010519491231002|value.residentId.length|身份证号应为18位，实际为17位",
			"RESIDENT_ID|11010519491231002Y|value.residentId.characters|",
			"RESIDENT_ID|110105194912310021|value.residentId.checksum|身份证号校验位不正确，请核对后重新输入",
			"RESIDENT_ID|110105194902300023|value.residentId.birthDate|",
			"CREDIT_CODE|91350100M000100Y44|value.creditCode.checksum|",
			"CREDIT_CODE|91350100M000I00Y43|value.creditCode.characters|",
			"DIVISION_CODE|32021|value.divisionCode.length|",
			"PHONE|12812345678|value.phone.prefix|" })
	void eachFaultHasItsOwnTranslatedMessage(String type, String value, String code, String message) throws Exception {
		var result = check(type, value).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:validation"))
			.andExpect(jsonPath("$.errors[0].code").value(code));
		if (message != null) {
			result.andExpect(jsonPath("$.errors[0].message").value(message));
		}
	}

	@org.junit.jupiter.api.Test
	void residentIdRevealsBirthDateAndSex() throws Exception {
		check("RESIDENT_ID", "11010519491231002X").andExpect(jsonPath("$.birthDate").value("1949-12-31"))
			.andExpect(jsonPath("$.sex").value("FEMALE"));
	}

	private org.springframework.test.web.servlet.ResultActions check(String type, String value) throws Exception {
		return mvc.perform(post("/api/v1/identifiers/validation").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"%s\",\"value\":\"%s\"}".formatted(type, value)));
	}
}
