package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-plan risk weights over HTTP: weight 0 ignores every signal, 200 doubles the credit tier's
 * effect, the weights are frozen into the sealed inputs (verification still passes) and shown on the
 * plan and public pages, and out-of-range or unknown weights are refused on their field. Only 江阴
 * streets 320281109–320281111, serials 39000–39999 and usernames {@code sv-e-} are used.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrawRiskWeightTests {

	static final String PASSWORD = "Weights2026pass";

	static final String STREET = "320281109";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	CreditManagement credit;

	MockHttpSession jiangyin;

	UUID penalised;

	UUID untouched;

	@BeforeAll
	void institutionsAndAnInspector() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		jiangyin = Officers.signedIn(mvc, admin, "sv-e-jiangyin", "DISTRICT_ADMIN", "320281", PASSWORD);
		Officers.signedIn(mvc, admin, "sv-e-inspector", "INSPECTOR", "320281", PASSWORD);
		UUID account = jdbc.sql("SELECT id FROM platform_account WHERE username = 'sv-e-inspector'")
			.query(UUID.class)
			.single();
		mvc.perform(post("/api/v1/supervision/inspectors").session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"" + account + "\"}")).andExpect(status().isCreated());
		penalised = filed(39_001);
		untouched = filed(39_002);
		CurrentUser regulator = new CurrentUser(UUID.randomUUID(), "sv-e-regulator", "江阴市卫健委 测试",
				Role.DISTRICT_ADMIN, DataScope.division(DivisionCode.of("320281")));
		for (int i = 0; i < 2; i++) {
			credit.record(regulator, penalised, new NewCreditEvent(CreditEventKind.PENALTY, "超范围收托",
					"澄卫罚〔2026〕9" + i + "号", TestClock.today()));
		}
		assertThat(credit.standing(regulator, penalised).tier()).isEqualTo(CreditTier.D);
	}

	private UUID filed(int serial) throws Exception {
		UUID id = Institutions.register(mvc, jiangyin, serial, "sv-e-org-" + serial, STREET);
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
		return id;
	}

	private static String body(String name, String weights) {
		return """
				{"divisionCode":"320281","name":"%s","periodStart":"2051-01-01","periodEnd":"2051-03-31",
				 "sampling":"COUNT","samplingValue":1,"streets":["%s"]%s}
				""".formatted(name, STREET, weights == null ? "" : ",\"riskWeights\":" + weights);
	}

	private UUID plan(String name, String weights) throws Exception {
		return UUID.fromString(read(mvc.perform(post("/api/v1/supervision/plans").session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, weights))).andExpect(status().isCreated())).get("id").asString());
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** A page's HTML with every run of whitespace as one space. */
	private static String page(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
	}

	private Map<UUID, JsonNode> candidates(UUID plan) throws Exception {
		Map<UUID, JsonNode> candidates = new HashMap<>();
		read(mvc.perform(get("/api/v1/supervision/plans/" + plan + "/candidates").session(jiangyin))
			.andExpect(status().isOk()))
			.forEach(candidate -> candidates.put(UUID.fromString(candidate.get("institutionId").asString()), candidate));
		assertThat(candidates).containsKeys(penalised, untouched);
		return candidates;
	}

	@Test
	void weightZeroIgnoresEverySignalAndOmittedWeightsAreOneHundred() throws Exception {
		UUID ignoring = plan("sv-e ignore risk", "{\"credit\":0,\"findings\":0,\"complaints\":0}");
		candidates(ignoring).values().forEach(candidate -> {
			assertThat(candidate.get("weight").asLong()).isEqualTo(10_000);
			assertThat(candidate.get("factors").get("credit").asString()).isEqualTo("1");
		});

		UUID defaults = plan("sv-e default risk", null);
		mvc.perform(get("/api/v1/supervision/plans/" + defaults).session(jiangyin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan.riskWeights.credit").value(100))
			.andExpect(jsonPath("$.plan.riskWeights.findings").value(100))
			.andExpect(jsonPath("$.plan.riskWeights.complaints").value(100));
		assertThat(candidates(defaults).get(penalised).get("weight").asLong()).isEqualTo(20_000);
		assertThat(candidates(defaults).get(untouched).get("weight").asLong()).isEqualTo(10_000);
	}

	@Test
	void doublingTheCreditWeightDoublesTheDTiersEffectAndIsFrozenIntoAVerifiableDraw() throws Exception {
		UUID plan = plan("sv-e credit double", "{\"credit\":100}");
		assertThat(candidates(plan).get(penalised).get("weight").asLong()).isEqualTo(20_000);
		mvc.perform(put("/api/v1/supervision/plans/" + plan).session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("sv-e credit double", "{\"credit\":200}"))).andExpect(status().isNoContent());
		Map<UUID, JsonNode> doubled = candidates(plan);
		assertThat(doubled.get(penalised).get("weight").asLong()).isEqualTo(30_000);
		assertThat(doubled.get(penalised).get("factors").get("credit").asString()).isEqualTo("3");
		assertThat(doubled.get(untouched).get("weight").asLong()).isEqualTo(10_000);
		mvc.perform(get("/admin/supervision/plans/" + plan).session(jiangyin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("信用等级 200%")))
			.andExpect(content().string(containsString("举报 100%")));

		JsonNode sealed = read(mvc.perform(post("/api/v1/supervision/plans/" + plan + "/seal").session(jiangyin)
			.with(csrf())).andExpect(status().isOk()));
		String drawId = sealed.get("summary").get("id").asString();
		assertThat(sealed.get("parameters").get("riskWeight.credit").asString()).isEqualTo("200");
		String inputs = mvc.perform(get("/api/v1/public/draws/" + drawId + "/inputs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(inputs).contains("\"riskWeight.credit\":\"200\"")
			.contains("{\"id\":\"" + penalised + "\",\"weight\":30000,\"factors\":{\"complaints\":\"1\",\"credit\":\"3\",");
		mvc.perform(put("/api/v1/supervision/plans/" + plan).session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("sv-e credit double", "{\"credit\":0}"))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/supervision/plans/" + plan + "/draw").session(jiangyin).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/public/draws/" + drawId + "/verification"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seedHashMatches").value(true))
			.andExpect(jsonPath("$.inputsHashMatches").value(true))
			.andExpect(jsonPath("$.resultMatches").value(true));
		mvc.perform(get("/directory/draws/" + drawId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("draw-risk-weights")))
			.andExpect(content().string(containsString("信用等级 200%")));
	}

	@Test
	void anUnknownSignalOrAWeightOutOfRangeIsA422NamingTheFieldAndChangesNothing() throws Exception {
		int before = jdbc.sql("SELECT count(*) FROM supervision_plan WHERE name LIKE 'sv-e bad%'").query(Integer.class)
			.single();
		mvc.perform(post("/api/v1/supervision/plans").session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("sv-e bad range", "{\"credit\":201}")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("riskWeights[credit]"))
			.andExpect(jsonPath("$.detail").value("风险权重须为 0–200 之间的整数"));
		mvc.perform(post("/api/v1/supervision/plans").session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("sv-e bad name", "{\"luck\":100}")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("riskWeights[luck]"))
			.andExpect(jsonPath("$.detail").value("没有名为 luck 的风险因子"));
		assertThat(jdbc.sql("SELECT count(*) FROM supervision_plan WHERE name LIKE 'sv-e bad%'").query(Integer.class)
			.single()).isEqualTo(before);
	}

	@Test
	void theFormHasOneWeightPerSignalAndShowsAnOutOfRangeWeightOnItsField() throws Exception {
		String form = page(mvc.perform(get("/admin/supervision/plans/new").session(jiangyin)).andExpect(status().isOk()));
		for (String signal : new String[] { "credit", "findings", "complaints" }) {
			assertThat(form).contains("id=\"risk-weight-" + signal + "\" name=\"riskWeights[" + signal + "]\" value=\"100\"");
		}
		assertThat(form).contains("信用等级", "既往问题", "举报");
		String refused = page(mvc.perform(post("/admin/supervision/plans").session(jiangyin).with(csrf())
			.param("divisionCode", "320281").param("name", "sv-e bad form").param("periodStart", "2051-04-01")
			.param("periodEnd", "2051-06-30").param("sampling", "RATIO").param("samplingValue", "10")
			.param("riskWeights[credit]", "100").param("riskWeights[findings]", "250")
			.param("riskWeights[complaints]", "100")).andExpect(status().isOk()));
		assertThat(refused).contains("class=\"form-control is-invalid\" type=\"number\" min=\"0\" max=\"200\" step=\"1\" "
				+ "id=\"risk-weight-findings\" name=\"riskWeights[findings]\" value=\"250\"> "
				+ "<div class=\"invalid-feedback\">风险权重须为 0–200 之间的整数</div>")
			.doesNotContain("form-control is-invalid\" type=\"number\" min=\"0\" max=\"200\" step=\"1\" id=\"risk-weight-credit\"");
		String location = mvc.perform(post("/admin/supervision/plans").session(jiangyin).with(csrf())
			.param("divisionCode", "320281").param("name", "sv-e form weights").param("periodStart", "2051-04-01")
			.param("periodEnd", "2051-06-30").param("sampling", "RATIO").param("samplingValue", "10")
			.param("streets", STREET).param("riskWeights[credit]", "150").param("riskWeights[findings]", "0")
			.param("riskWeights[complaints]", "100"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location.replace("/admin/supervision/plans/", "/api/v1/supervision/plans/")).session(jiangyin))
			.andExpect(jsonPath("$.plan.riskWeights.credit").value(150))
			.andExpect(jsonPath("$.plan.riskWeights.findings").value(0));
	}
}
