package org.tuoyu.guidance.sessions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Guidance providers and commissions per role: administrators register providers in their area,
 * officers commission them for areas inside their own, a provider's workers see only their
 * provider; everything else answers 404, an action a role never has 403, bad input 422.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	SessionFixtures fixtures;

	MockHttpSession admin;

	MockHttpSession liangxi;

	UUID provider;

	UUID otherProvider;

	MockHttpSession worker;

	@BeforeAll
	void providers() throws Exception {
		fixtures = new SessionFixtures(mvc, json, jdbc, accounts);
		admin = fixtures.admin();
		liangxi = Officers.signedIn(mvc, admin, "gses-liangxi", "DISTRICT_ADMIN", "320213", SessionFixtures.PASSWORD);
		provider = fixtures.provider(liangxi, 44_001, "梁溪区妇幼保健所", "320213");
		otherProvider = fixtures.provider(admin, 44_002, "新吴区育儿指导中心", "320214");
		worker = fixtures.worker(liangxi, provider, "gses-worker-a");
	}

	@Test
	void aBadProviderIsRefusedOnItsFieldAsProblemJson() throws Exception {
		fixtures.postJson(liangxi, "/api/v1/guidance/providers", """
				{"name":"某机构","kind":"COMMISSIONED_COMPANY","creditCode":"91350100M000100Y44","contactName":"李","contactPhone":"0510-1234567","divisionCode":"320213"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:business-rule"))
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
		fixtures.postJson(liangxi, "/api/v1/guidance/providers", """
				{"name":"某机构","kind":"COMMISSIONED_COMPANY","creditCode":"%s","contactName":"李","contactPhone":"0510-1234567","divisionCode":"320213"}"""
			.formatted(CreditCodes.valid(44_001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("这个统一社会信用代码已经登记过"));
		fixtures.postJson(liangxi, "/api/v1/guidance/providers", """
				{"name":"某机构","kind":"COMMISSIONED_COMPANY","creditCode":"%s","contactName":"李","contactPhone":"0510-1234567","divisionCode":"320214"}"""
			.formatted(CreditCodes.valid(44_003)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("divisionCode"))
			.andExpect(jsonPath("$.detail").value("这个区划不在您的管辖范围内"));
	}

	@Test
	void anInspectorNeverRegistersAndAGuardianNeverReadsProviders() throws Exception {
		MockHttpSession inspector = Officers.signedIn(mvc, admin, "gses-inspector", "INSPECTOR", "320213",
				SessionFixtures.PASSWORD);
		fixtures.postJson(inspector, "/api/v1/guidance/providers", "{\"name\":\"x\"}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		MockHttpSession guardian = new EnrollmentFixtures(mvc, json, jdbc).guardian("13600449501");
		mvc.perform(get("/api/v1/guidance/providers").session(guardian)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/guidance/providers").session(guardian)).andExpect(status().isForbidden());
	}

	@Test
	void documentsAreCheckedFromTheirContent() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		mvc.perform(multipart("/api/v1/guidance/providers/" + provider + "/documents")
			.file(new MockMultipartFile("file", "licence.png", "image/png", png)).param("type", "LICENCE")
			.session(liangxi).with(csrf()))
			.andExpect(status().isCreated());
		mvc.perform(multipart("/api/v1/guidance/providers/" + provider + "/documents")
			.file(new MockMultipartFile("file", "licence.pdf", "application/pdf", "not a pdf".getBytes()))
			.param("type", "LICENCE").session(liangxi).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value("只接受 PDF、JPG 或 PNG 文件（按文件内容判断，而不是文件名）"));
		byte[] large = Arrays.copyOf(png, 10 * 1024 * 1024 + 1);
		mvc.perform(multipart("/api/v1/guidance/providers/" + provider + "/documents")
			.file(new MockMultipartFile("file", "big.png", "image/png", large)).param("type", "QUALIFICATION")
			.session(liangxi).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("文件不能超过 10 MB"));
		mvc.perform(get("/api/v1/guidance/providers/" + provider).session(liangxi))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents.length()").value(1))
			.andExpect(jsonPath("$.canManage").value(true));
		mvc.perform(get("/admin/guidance/providers/" + provider).session(liangxi)).andExpect(status().isOk());
	}

	@Test
	void aWorkerSeesOnlyItsProviderAndItsCommissions() throws Exception {
		UUID own = fixtures.commission(liangxi, provider, "320213021");
		UUID other = fixtures.commission(admin, otherProvider, "320214");
		mvc.perform(get("/api/v1/guidance/providers").session(worker))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(provider.toString()));
		mvc.perform(get("/api/v1/guidance/providers/" + otherProvider).session(worker)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/guidance/commissions/" + own).session(worker)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/guidance/commissions/" + other).session(worker))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/guidance/providers/" + otherProvider).session(liangxi)).andExpect(status().isNotFound());
		fixtures.postJson(worker, "/api/v1/guidance/commissions", "{}").andExpect(status().isForbidden());
		mvc.perform(get("/provider/guidance/sessions").session(worker)).andExpect(status().isOk());
		mvc.perform(get("/admin/guidance/providers").session(worker)).andExpect(status().isForbidden());
	}

	@Test
	void aStreetCommissionsOnlyInsideItsStreet() throws Exception {
		MockHttpSession street = Officers.signedIn(mvc, admin, "gses-street", "STREET_OFFICER", "320213021",
				SessionFixtures.PASSWORD);
		fixtures.commission(street, provider, "320213021001");
		fixtures.postJson(street, "/api/v1/guidance/commissions", """
				{"providerId":"%s","title":"越界委托","areaCode":"320213022","startsOn":"2026-01-01","endsOn":"2026-12-31","sessions":5,"budget":"100.00"}"""
			.formatted(provider))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("areaCode"));
		fixtures.postJson(street, "/api/v1/guidance/commissions", """
				{"providerId":"%s","title":"预算有误","areaCode":"320213021","startsOn":"2026-01-01","endsOn":"2026-12-31","sessions":5,"budget":"100.001"}"""
			.formatted(provider))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("budget"));
		mvc.perform(get("/api/v1/guidance/commissions").session(street))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.areaCode == '320214')]").isEmpty());
		mvc.perform(get("/admin/guidance/commissions").session(street)).andExpect(status().isOk());
	}
}
