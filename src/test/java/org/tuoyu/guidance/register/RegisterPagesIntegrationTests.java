package org.tuoyu.guidance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/** The register's pages: the officer's list, child, entry form and import, and the family's cards. */
@TuoyuTest
class RegisterPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	RegisterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new RegisterFixtures(mvc, json, jdbc);
	}

	@Test
	void anOfficerImportsEntersListsAndTakesAChildOutThroughThePages() throws Exception {
		MockHttpSession street = fixtures.officer("greg-pages-street", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(9);
		mvc.perform(get("/admin/guidance").session(street))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/guidance/register")));
		mvc.perform(get("/admin/guidance/register/import").session(street))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("template.csv")));

		String page = mvc.perform(multipart("/admin/guidance/register/import")
			.file(new MockMultipartFile("file", "r.csv", "text/csv", RegisterFixtures.csv(List.of(
					RegisterFixtures.girl("子页面一", birth, RegisterFixtures.residentId(birth, 43_951, false),
							RegisterFixtures.COMMUNITY, 951),
					RegisterFixtures.girl("子页面二", birth, "123", RegisterFixtures.COMMUNITY, 952)))))
			.session(street)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 2 行：1 行有效，1 行有误")))
			.andExpect(content().string(containsString("身份证号应为18位，实际为3位")))
			.andReturn().getResponse().getContentAsString();
		String importId = page.replaceAll("(?s).*/admin/guidance/register/import/([0-9a-f-]{36})/confirm.*", "$1");
		mvc.perform(post("/admin/guidance/register/import/" + importId + "/confirm").session(street).with(csrf()))
			.andExpect(redirectedUrl("/admin/guidance/register"))
			.andExpect(flash().attribute("flash", "guidance.register.import.done"));

		mvc.perform(get("/admin/guidance/register").param("name", "子页面").session(street))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("子页面一")))
			.andExpect(content().string(containsString("胜利门社区居委会")))
			.andExpect(content().string(not(containsString(RegisterFixtures.phone(951)))));
		mvc.perform(get("/admin/guidance/register").param("lang", "en").session(street))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Register of children 0–3")))
			.andExpect(content().string(containsString("Cared for at home")));

		mvc.perform(get("/admin/guidance/register/new").session(street)).andExpect(status().isOk());
		mvc.perform(post("/admin/guidance/register").session(street).with(csrf())
			.param("name", "子页面三").param("sex", "FEMALE").param("birthDate", birth.toString())
			.param("residentId", "110105194912310021").param("communityCode", RegisterFixtures.COMMUNITY)
			.param("guardianName", "家长").param("guardianPhone", RegisterFixtures.phone(953)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号校验位不正确")));
		String location = mvc.perform(post("/admin/guidance/register").session(street).with(csrf())
			.param("name", "子页面三").param("sex", "FEMALE").param("birthDate", birth.toString())
			.param("residentId", RegisterFixtures.residentId(birth, 43_953, false))
			.param("communityCode", RegisterFixtures.COMMUNITY).param("guardianName", "家长")
			.param("guardianPhone", RegisterFixtures.phone(953)).param("origin", "BIRTH_REGISTRATION"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get(location).session(street))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("出生登记")))
			.andExpect(content().string(containsString("exit-form")));
		mvc.perform(post(location + "/exit").session(street).with(csrf()).param("status", "DUPLICATE").param("reason", "")
			.param("date", birth.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写此项")));
		mvc.perform(post(location + "/exit").session(street).with(csrf()).param("status", "DUPLICATE")
			.param("reason", "与子页面一重复").param("date", birth.toString()))
			.andExpect(redirectedUrl(location));
		assertThat(jdbc.sql("SELECT status FROM guidance_child WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("DUPLICATE");
		mvc.perform(get(location).session(street))
			.andExpect(content().string(containsString("reinstate-form")))
			.andExpect(content().string(not(containsString("exit-form"))));
		mvc.perform(post(location + "/reinstatement").session(street).with(csrf())).andExpect(redirectedUrl(location));
		assertThat(jdbc.sql("SELECT status FROM guidance_child WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	@Test
	void anInspectorReadsButDoesNotKeepTheRegister() throws Exception {
		MockHttpSession inspector = fixtures.officer("greg-pages-inspector", "INSPECTOR", "320213");
		mvc.perform(get("/admin/guidance/register").session(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"import\""))));
		mvc.perform(get("/admin/guidance/register/import").session(inspector)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/guidance/register/new").session(inspector)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/guidance/register").param("name", "宝\u0000宝").session(inspector))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("无法保存的字符")));
	}

	@Test
	void aGuardianFindsTheRegisterOnThePhoneAndCorrectsAnEntry() throws Exception {
		MockHttpSession street = fixtures.officer("greg-pages-family", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(4);
		String number = RegisterFixtures.residentId(birth, 43_961, false);
		UUID entry = fixtures.entered(street, "丑手机", birth, number);
		MockHttpSession guardian = fixtures.guardian(RegisterFixtures.phone(961));
		mvc.perform(get("/family/guidance/register").session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no-entries")));
		fixtures.familyChild(guardian, "丑手机", birth, number);
		for (int i = 0; i < 250 && jdbc.sql("SELECT family_child_id IS NULL FROM guidance_child WHERE id = :id")
			.param("id", entry).query(Boolean.class).single(); i++) {
			Thread.sleep(20);
		}

		mvc.perform(get("/family/guidance").session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/family/guidance/register")));
		mvc.perform(get("/family/guidance/register").session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("丑手机")))
			.andExpect(content().string(containsString("136****9999")));
		mvc.perform(get("/family/guidance/register/" + entry).session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("崇安寺街道")))
			.andExpect(content().string(containsString("hx-get")));
		mvc.perform(get("/family/guidance/register/" + entry).param("lang", "en").session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Community (village) of residence")));
	}
}
