package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.Sha256;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans, inspectors and double-random draws over HTTP: seal, draw once, verify (a changed seed or
 * input fails), exclusions (former workplaces, the previous round), concurrency and scope. Only 江阴
 * streets 320281100/102/103/104 and institution serials 35000–35099 are used.
 */
@TuoyuTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrawIntegrationTests {

	static final String PASSWORD = "Draws2026pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	MockHttpSession jiangyin;

	MockHttpSession liangxi;

	final List<UUID> inspectors = new ArrayList<>();

	final Map<String, List<UUID>> institutions = new java.util.HashMap<>();

	@BeforeAll
	void roster() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		jiangyin = Officers.signedIn(mvc, admin, "sv-a-jiangyin", "DISTRICT_ADMIN", "320281", PASSWORD);
		liangxi = Officers.signedIn(mvc, admin, "sv-a-liangxi", "DISTRICT_ADMIN", "320213", PASSWORD);
		for (int n = 1; n <= 4; n++) {
			Officers.signedIn(mvc, admin, "sv-a-inspector-" + n, "INSPECTOR", "320281", PASSWORD);
			UUID account = jdbc.sql("SELECT id FROM platform_account WHERE username = :u")
				.param("u", "sv-a-inspector-" + n)
				.query(UUID.class)
				.single();
			mvc.perform(post("/api/v1/supervision/inspectors").session(jiangyin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accountId\":\"" + account + "\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.active").value(true));
			inspectors.add(account);
		}
		int serial = 35_001;
		for (String street : List.of("320281100", "320281102", "320281103", "320281104")) {
			List<UUID> ids = new ArrayList<>();
			for (int n = 0; n < 3; n++, serial++) {
				UUID id = Institutions.register(mvc, jiangyin, serial, "sv-a-org-" + serial, street);
				jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
				ids.add(id);
			}
			institutions.put(street, ids);
		}
	}

	private UUID plan(String body) throws Exception {
		return UUID.fromString(read(mvc.perform(post("/api/v1/supervision/plans").session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated())).get("id").asString());
	}

	private static String body(String name, String start, String end, String streets, String extra) {
		return """
				{"divisionCode":"320281","name":"%s","periodStart":"%s","periodEnd":"%s","sampling":"RATIO",
				 "samplingValue":100,"streets":[%s]%s}
				""".formatted(name, start, end, streets, extra);
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode step(UUID plan, String step) throws Exception {
		return read(mvc.perform(post("/api/v1/supervision/plans/" + plan + "/" + step).session(jiangyin).with(csrf()))
			.andExpect(status().isOk()));
	}

	@Test
	void aSealedDrawIsMadeOncePublishedAndVerifiableAndATamperedSeedOrInputFails() throws Exception {
		UUID former = institutions.get("320281100").get(0);
		mvc.perform(post("/api/v1/supervision/inspectors/" + inspectors.get(0) + "/workplaces").session(jiangyin)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"institutionId\":\"" + former + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.workplaces[0].institutionId").value(former.toString()));
		UUID plan = plan(body("sv-a 2030 一季度", "2030-01-01", "2030-03-31", "\"320281100\",\"320281102\"", ""));

		JsonNode sealed = step(plan, "seal");
		String drawId = sealed.get("summary").get("id").asString();
		assertThat(sealed.get("seed").isNull()).isTrue();
		assertThat(sealed.get("candidates")).hasSize(6);
		assertThat(sealed.get("targets").asInt()).isEqualTo(6);
		byte[] inputs = mvc.perform(get("/api/v1/public/draws/" + drawId + "/inputs")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Sha256.hex(inputs)).isEqualTo(sealed.get("summary").get("inputsHash").asString());
		assertThat(new String(inputs, StandardCharsets.UTF_8))
			.contains("{\"inspector\":\"" + inspectors.get(0) + "\",\"institution\":\"" + former + "\",\"reason\":\"WORKPLACE\"}");
		mvc.perform(get("/api/v1/public/draws/" + drawId + "/verification"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/supervision/plans/" + plan).session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("changed", "2030-01-01", "2030-03-31", "", "")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("计划已封存，不能再修改"));

		JsonNode drawn = step(plan, "draw");
		assertThat(events.stream(DrawMade.class).filter(made -> made.planId().equals(plan)))
			.singleElement()
			.satisfies(made -> {
				assertThat(made.drawId().toString()).isEqualTo(drawId);
				assertThat(made.divisionCode()).isEqualTo("320281");
				assertThat(made.assignments()).hasSize(6);
			});
		String seed = drawn.get("seed").asString();
		assertThat(Sha256.hex(java.util.HexFormat.of().parseHex(seed)))
			.isEqualTo(drawn.get("summary").get("seedHash").asString());
		assertThat(drawn.get("assignments")).hasSize(6);
		for (JsonNode assignment : drawn.get("assignments")) {
			assertThat(assignment.get("inspectors")).hasSize(2);
			if (assignment.get("institutionId").asString().equals(former.toString())) {
				assertThat(assignment.get("inspectors").findValuesAsString("accountId"))
					.doesNotContain(inspectors.get(0).toString());
			}
		}
		mvc.perform(post("/api/v1/supervision/plans/" + plan + "/draw").session(jiangyin).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("该计划已抽取，抽取结果不可更改，也不能重抽"));
		mvc.perform(post("/api/v1/supervision/plans/" + plan + "/seal").session(jiangyin).with(csrf()))
			.andExpect(status().isConflict());

		mvc.perform(get("/api/v1/public/draws/" + drawId + "/verification"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seedHashMatches").value(true))
			.andExpect(jsonPath("$.inputsHashMatches").value(true))
			.andExpect(jsonPath("$.resultMatches").value(true));
		String result = jdbc.sql("SELECT result FROM supervision_draw WHERE id = :id")
			.param("id", UUID.fromString(drawId)).query(String.class).single();
		String text = new String(inputs, StandardCharsets.UTF_8);
		String seedHash = drawn.get("summary").get("seedHash").asString();
		String inputsHash = drawn.get("summary").get("inputsHash").asString();

		JsonNode honest = verify(text, seed, seedHash, inputsHash, result);
		assertThat(honest.get("seedHashMatches").asBoolean()).isTrue();
		assertThat(honest.get("inputsHashMatches").asBoolean()).isTrue();
		assertThat(honest.get("resultMatches").asBoolean()).isTrue();

		String otherSeed = (seed.charAt(0) == '0' ? "1" : "0") + seed.substring(1);
		JsonNode badSeed = verify(text, otherSeed, seedHash, inputsHash, result);
		assertThat(badSeed.get("seedHashMatches").asBoolean()).isFalse();
		assertThat(badSeed.get("resultMatches").asBoolean()).isFalse();

		String heavier = text.replaceFirst("\"weight\":10000", "\"weight\":990000");
		JsonNode badInputs = verify(heavier, seed, seedHash, inputsHash, result);
		assertThat(badInputs.get("inputsHashMatches").asBoolean()).isFalse();
		assertThat(badInputs.get("seedHashMatches").asBoolean()).isTrue();

		mvc.perform(post("/api/v1/public/draws/verify").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("inputs", text, "seed", "xyz"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("seed"));
		mvc.perform(post("/api/v1/public/draws/verify").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("inputs", "{\"version\":1}", "seed", seed))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("inputs"));

		assertThatThrownBy(() -> jdbc.sql("UPDATE supervision_draw SET result = '{}' WHERE id = :id")
			.param("id", UUID.fromString(drawId)).update()).hasMessageContaining("immutable");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM supervision_draw WHERE id = :id")
			.param("id", UUID.fromString(drawId)).update()).hasMessageContaining("never deleted");

		mvc.perform(get("/directory/institutions/" + former)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"disclosure-draws\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sv-a 2030 一季度")));
		mvc.perform(get("/api/v1/public/draws")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + drawId + "')].planName").value("sv-a 2030 一季度"));
	}

	private JsonNode verify(String inputs, String seed, String seedHash, String inputsHash, String result)
			throws Exception {
		return read(mvc.perform(post("/api/v1/public/draws/verify").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("inputs", inputs, "seed", seed, "seedHash", seedHash, "inputsHash",
					inputsHash, "result", result))))
			.andExpect(status().isOk()));
	}

	@Test
	void theNextRoundKeepsInspectorsAwayFromTheirInstitutionsOfThePreviousRound() throws Exception {
		String streets = "\"320281103\"";
		UUID first = plan(body("sv-a 2035 一季度", "2035-01-01", "2035-03-31", streets, ",\"inspectorsPerInstitution\":1"));
		step(first, "seal");
		JsonNode firstDraw = step(first, "draw");
		Set<String> previousPairs = new HashSet<>();
		for (JsonNode assignment : firstDraw.get("assignments")) {
			for (String inspector : assignment.get("inspectors").findValuesAsString("accountId")) {
				previousPairs.add(inspector + "/" + assignment.get("institutionId").asString());
			}
		}
		assertThat(previousPairs).hasSize(3);

		UUID second = plan(body("sv-a 2035 二季度", "2035-04-01", "2035-06-30", streets, ",\"inspectorsPerInstitution\":1"));
		step(second, "seal");
		JsonNode secondDraw = step(second, "draw");
		for (JsonNode assignment : secondDraw.get("assignments")) {
			for (String inspector : assignment.get("inspectors").findValuesAsString("accountId")) {
				assertThat(previousPairs).doesNotContain(inspector + "/" + assignment.get("institutionId").asString());
			}
		}
		String inputs = mvc.perform(get("/api/v1/public/draws/" + secondDraw.get("summary").get("id").asString()
				+ "/inputs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(inputs.split("PREVIOUS_ROUND", -1)).hasSize(4);

		UUID third = plan(body("sv-a 2035 三季度", "2035-07-01", "2035-09-30", streets,
				",\"inspectorsPerInstitution\":1,\"excludePreviousRound\":false"));
		JsonNode thirdSealed = step(third, "seal");
		assertThat(thirdSealed.get("exclusionCount").asInt()).isZero();
	}

	@Test
	void twoConcurrentDrawRequestsMakeExactlyOneDraw() throws Exception {
		UUID plan = plan(body("sv-a 2040 并发", "2040-01-01", "2040-03-31", "\"320281104\"", ""));
		step(plan, "seal");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> request = () -> {
			start.await();
			return mvc.perform(post("/api/v1/supervision/plans/" + plan + "/draw").session(jiangyin).with(csrf()))
				.andReturn().getResponse().getStatus();
		};
		try {
			Future<Integer> one = pool.submit(request);
			Future<Integer> two = pool.submit(request);
			start.countDown();
			assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM supervision_draw WHERE plan_id = :plan AND drawn_at IS NOT NULL")
			.param("plan", plan).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void plansAndInspectorsOutsideTheScopeAreNotFoundAndBadPlansAreRefusedOnTheirField() throws Exception {
		UUID plan = plan(body("sv-a 2045 范围", "2045-01-01", "2045-03-31", "\"320281100\"", ""));
		mvc.perform(get("/api/v1/supervision/plans/" + plan).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/supervision/plans/" + plan + "/seal").session(liangxi).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/plans").session(liangxi))
			.andExpect(jsonPath("$[?(@.id == '" + plan + "')]").isEmpty());
		mvc.perform(get("/api/v1/supervision/inspectors/" + inspectors.get(1)).session(liangxi))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/supervision/plans/" + plan).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/plans")).andExpect(status().isUnauthorized());

		mvc.perform(post("/api/v1/supervision/plans").session(liangxi).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body("x", "2045-01-01", "2045-03-31", "", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
		mvc.perform(post("/api/v1/supervision/plans").session(jiangyin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body("x", "2045-03-01", "2045-01-31", "", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("periodEnd"));
		mvc.perform(post("/api/v1/supervision/inspectors").session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"accountId\":\"" + inspectors.get(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("supervision.inspector.account.enrolled"));
		UUID districtAdmin = jdbc.sql("SELECT id FROM platform_account WHERE username = 'sv-a-jiangyin'")
			.query(UUID.class).single();
		mvc.perform(post("/api/v1/supervision/inspectors").session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"accountId\":\"" + districtAdmin + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("supervision.inspector.account.unknown"));
		mvc.perform(post("/api/v1/supervision/inspectors/" + inspectors.get(1) + "/workplaces").session(jiangyin)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"institutionId\":\"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("institutionId"));

		mvc.perform(post("/admin/supervision/inspectors").session(jiangyin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "supervision.inspector.account.unknown"));

		UUID inactive = inspectors.get(3);
		setActive(inactive, false);
		try {
			String drawId = step(plan, "seal").get("summary").get("id").asString();
			String inputs = mvc.perform(get("/api/v1/public/draws/" + drawId + "/inputs")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(inputs).contains(inspectors.get(0).toString()).doesNotContain(inactive.toString());
		}
		finally {
			setActive(inactive, true);
		}

		mvc.perform(post("/admin/supervision/plans").session(jiangyin).with(csrf())
			.param("divisionCode", "320281").param("name", "sv-a bad ratio").param("periodStart", "2045-01-01")
			.param("periodEnd", "2045-03-31").param("sampling", "RATIO").param("samplingValue", "150"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("抽取比例须在 1%–100% 之间")));
	}

	private void setActive(UUID inspector, boolean active) throws Exception {
		mvc.perform(put("/api/v1/supervision/inspectors/" + inspector + "/active").session(jiangyin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"active\":" + active + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(active));
	}

	@Test
	void thePublicPagesListShowAndVerifyADrawWithoutLogin() throws Exception {
		UUID plan = plan(body("sv-a 2050 公示", "2050-01-01", "2050-03-31", "\"320281102\"", ""));
		mvc.perform(get("/admin/supervision/plans/" + plan).session(jiangyin)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"seal\"")));
		mvc.perform(post("/admin/supervision/plans/" + plan + "/seal").session(jiangyin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String drawId = step(plan, "draw").get("summary").get("id").asString();
		mvc.perform(post("/admin/supervision/plans/" + plan + "/draw").session(jiangyin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "supervision.draw.alreadyDrawn"));

		mvc.perform(get("/directory/draws")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sv-a 2050 公示")));
		mvc.perform(get("/directory/draws/" + drawId + "/verification")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("✓ 复核通过")));
		mvc.perform(post("/directory/draws/verify").with(csrf()).param("inputs", "{}").param("seed", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("种子须为 64 位十六进制数字")));
		mvc.perform(get("/directory/draws/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/admin/supervision/inspectors").session(jiangyin)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("干部 sv-a-inspector-1")));
	}
}
