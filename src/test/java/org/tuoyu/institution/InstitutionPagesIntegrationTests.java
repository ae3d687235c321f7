package org.tuoyu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class InstitutionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	private MockHttpServletRequestBuilder registration(MockHttpSession session, String creditCode, String username,
			String floor) {
		return post("/admin/institutions").session(session)
			.with(csrf())
			.param("name", "小橡树托育园")
			.param("creditCode", creditCode)
			.param("registrationType", "ENTERPRISE")
			.param("ownership", "PRIVATE")
			.param("category", "STANDALONE")
			.param("serviceForms", "FULL_DAY", "HOURLY")
			.param("headName", "李园长")
			.param("contactPhone", "13812345678")
			.param("demonstrationLevel", "NONE")
			.param("siteName", "主园区")
			.param("address", "梁溪区清扬路8号")
			.param("divisionCode", "320213022")
			.param("latitude", "31.5612")
			.param("longitude", "120.3021")
			.param("roomFloor", floor)
			.param("indoorArea", "360")
			.param("adminUsername", username)
			.param("adminPassword", "Oaktree2026pw");
	}

	@Test
	void aRegulatorRegistersThroughTheFormAndTheInstitutionOpensAClass() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/admin/institutions/new").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记托育机构")));
		mvc.perform(registration(admin, CreditCodes.valid(5001), "oak-tree", "5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "roomFloor", "institution.site.floorTooHigh"))
			.andExpect(content().string(containsString("婴幼儿用房应设在3层及以下")));
		mvc.perform(registration(admin, CreditCodes.valid(5001), "oak-tree", "2"))
			.andExpect(redirectedUrlPattern("/admin/institutions/*"));
		mvc.perform(get("/admin/institutions").session(admin).param("q", "小橡树"))
			.andExpect(content().string(containsString("小橡树托育园")));

		MockHttpSession org = Logins.login(mvc, "oak-tree", "Oaktree2026pw");
		String page = mvc.perform(get("/org/institution").session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("小橡树托育园")))
			.andReturn().getResponse().getContentAsString();
		// each service form once, in the profile form only (no stray inputs from fragment selectors)
		assertThat(page.split("name=\"serviceForms\"", -1).length - 1)
			.isEqualTo(ServiceForm.values().length);
		String site = mvc.perform(get("/api/v1/institutions").session(org))
			.andReturn().getResponse().getContentAsString();
		String siteId = new tools.jackson.databind.json.JsonMapper().readTree(mvc.perform(
				get("/api/v1/institutions/" + new tools.jackson.databind.json.JsonMapper().readTree(site).get(0)
					.get("institution").get("id").asString()).session(org))
			.andReturn().getResponse().getContentAsString()).get("sites").get(0).get("id").asString();
		mvc.perform(post("/org/institution/classes").session(org).with(csrf())
			.param("siteId", siteId).param("name", "托小一班").param("type", "TODDLER").param("capacity", "16"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("托小班最多15人")));
		mvc.perform(post("/org/institution/classes").session(org).with(csrf())
			.param("siteId", siteId).param("name", "托小一班").param("type", "TODDLER").param("capacity", "15"))
			.andExpect(redirectedUrl("/org/institution"));
		mvc.perform(post("/org/institution/fees").session(org).with(csrf())
			.param("classType", "TODDLER").param("serviceForm", "FULL_DAY").param("monthlyFee", "3200"))
			.andExpect(redirectedUrl("/org/institution"));
		mvc.perform(get("/org/institution").session(org))
			.andExpect(content().string(containsString("托位 15 个")))
			.andExpect(content().string(containsString("3200")));
		mvc.perform(get("/admin/institutions").session(org)).andExpect(status().isForbidden());
	}
}
