package org.tuoyu.guidance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register by hand and over time: scope per role, entry with problem details, exits and the
 * aged-out job, one entry per child across the family and enrollment modules, and the guardian's
 * correction.
 */
@TuoyuTest
class RegisterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterJobs jobs;

	@Autowired
	RegisterChildren children;

	RegisterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new RegisterFixtures(mvc, json, jdbc);
	}

	@Test
	void eachRoleSeesItsOwnAreaOnlyAndAnythingOutsideItIsNotFound() throws Exception {
		MockHttpSession street = fixtures.officer("greg-scope-street", "STREET_OFFICER", RegisterFixtures.STREET);
		MockHttpSession otherStreet = fixtures.officer("greg-scope-other", "STREET_OFFICER", "320213022");
		MockHttpSession health = fixtures.officer("greg-scope-health", "COMMUNITY_HEALTH", RegisterFixtures.STREET);
		MockHttpSession district = fixtures.officer("greg-scope-district", "DISTRICT_ADMIN", "320213");
		MockHttpSession inspector = fixtures.officer("greg-scope-inspector", "INSPECTOR", "320213");
		LocalDate birth = RegisterFixtures.bornMonthsAgo(8);
		UUID here = fixtures.entered(health, "戊范围本街", birth, RegisterFixtures.residentId(birth, 43_401, false));
		UUID there = UUID.fromString(fixtures.read(fixtures.enter(otherStreet, "戊范围外街", birth,
				RegisterFixtures.residentId(birth, 43_402, false), RegisterFixtures.OTHER_STREET_COMMUNITY,
				RegisterFixtures.phone(402)).andExpect(status().isCreated())).get("id").asString());

		mvc.perform(get("/api/v1/guidance/register/" + here).session(street))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.residentIdMasked").value(org.hamcrest.Matchers.containsString("********")))
			.andExpect(jsonPath("$.guardianPhoneMasked").value("136****9999"))
			.andExpect(jsonPath("$.communityName").value("胜利门社区居委会"));
		mvc.perform(get("/api/v1/guidance/register/" + there).session(street)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/guidance/register/" + there).session(health)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/guidance/register").param("area", "320213022").session(street))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/guidance/register/" + there).session(street)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/guidance/register/" + there).session(district)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/guidance/register/" + here).session(inspector)).andExpect(status().isOk());
		fixtures.enter(inspector, "戊范围检查员", birth, RegisterFixtures.residentId(birth, 43_403, false),
				RegisterFixtures.COMMUNITY, RegisterFixtures.phone(403)).andExpect(status().isNotFound());
		MockHttpSession guardian = fixtures.guardian(RegisterFixtures.phone(404));
		mvc.perform(get("/api/v1/guidance/register/" + here).session(guardian)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/guidance/register").session(guardian)).andExpect(status().isForbidden());

		JsonNode page = fixtures.read(mvc.perform(get("/api/v1/guidance/register").param("name", "戊范围").session(district))
			.andExpect(status().isOk()));
		assertThat(page.get("area").asString()).isEqualTo("320213");
		assertThat(page.get("matching").asInt()).isEqualTo(2);
		assertThat(page.get("areas").findValuesAsString("code")).contains(RegisterFixtures.STREET, "320213022");
		JsonNode own = fixtures.read(mvc.perform(get("/api/v1/guidance/register").param("name", "戊范围").session(health)));
		assertThat(own.get("entries").findValuesAsString("name")).containsExactly("戊范围本街");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM platform_audit_event WHERE action = 'guidance.register.child.read' AND target_id = :id
				""").param("id", here.toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aChildEnteredByHandFollowsTheImportsRulesWithProblemDetails() throws Exception {
		MockHttpSession street = fixtures.officer("greg-entry-street", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(3);
		String id = RegisterFixtures.residentId(birth, 43_501, false);

		fixtures.enter(street, "己手工", birth.plusDays(1), id, RegisterFixtures.COMMUNITY, RegisterFixtures.phone(501))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:business-rule"))
			.andExpect(jsonPath("$.errors[0].field").value("residentId"))
			.andExpect(jsonPath("$.errors[0].code").value("value.residentId.birthDateMismatch"));
		fixtures.enter(street, "己手工", birth, id, "320213022001", RegisterFixtures.phone(501))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("communityCode"))
			.andExpect(jsonPath("$.detail").value("社区（村）“320213022001”不在您的辖区内"));
		fixtures.enter(street, "己手工", birth, id, RegisterFixtures.COMMUNITY, "1360043")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("guardianPhone"));
		assertThat(fixtures.named("己手工")).isZero();

		fixtures.enter(street, "己手工", birth, id, RegisterFixtures.COMMUNITY, RegisterFixtures.phone(501))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("MANUAL"));
		mvc.perform(post("/api/v1/guidance/register").session(street).with(csrf()).param("lang", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"己手工再","sex":"FEMALE","birthDate":"%s","residentId":"%s","communityCode":"%s",
					 "guardianName":"家长","guardianPhone":"%s"}
					""".formatted(birth, id.toLowerCase(), RegisterFixtures.COMMUNITY, RegisterFixtures.phone(501))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("guidance.register.alreadyRegistered"))
			.andExpect(jsonPath("$.detail").value("A child with this resident ID is already in the register"));
		assertThat(fixtures.named("己手工") + fixtures.named("己手工再")).isOne();
	}

	@Test
	void anOfficerTakesAChildOutWithAReasonAndChildrenTurningThreeAgeOutOnTheirBirthday() throws Exception {
		MockHttpSession street = fixtures.officer("greg-exit-street", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(30);
		UUID moved = fixtures.entered(street, "庚迁出", birth, RegisterFixtures.residentId(birth, 43_601, false));
		LocalDate almostThree = TestClock.today().minusMonths(36).plusDays(1);
		UUID turning = fixtures.entered(street, "庚将满三岁", almostThree, RegisterFixtures.residentId(almostThree, 43_602, false));
		JsonNode before = fixtures.read(mvc.perform(get("/api/v1/guidance/register").param("area", RegisterFixtures.COMMUNITY)
			.session(street)));

		exit(street, moved, "{\"status\":\"AGED_OUT\",\"reason\":\"满了\",\"date\":\"%s\"}".formatted(TestClock.today()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		exit(street, moved, "{\"status\":\"MOVED_AWAY\",\"reason\":\" \",\"date\":\"%s\"}".formatted(TestClock.today()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		exit(street, moved, "{\"status\":\"MOVED_AWAY\",\"reason\":\"随父母迁往苏州\",\"date\":\"%s\"}"
			.formatted(TestClock.today().plusDays(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("guidance.register.exit.future"));
		exit(street, moved, "{\"status\":\"MOVED_AWAY\",\"reason\":\"随父母迁往苏州\",\"date\":\"%s\"}".formatted(TestClock.today()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MOVED_AWAY"))
			.andExpect(jsonPath("$.exitReason").value("随父母迁往苏州"));
		exit(street, moved, "{\"status\":\"DECEASED\",\"reason\":\"再次\",\"date\":\"%s\"}".formatted(TestClock.today()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("guidance.register.exit.notActive"));
		JsonNode after = fixtures.read(mvc.perform(get("/api/v1/guidance/register").param("area", RegisterFixtures.COMMUNITY)
			.session(street)));
		assertThat(after.get("counts").get("active").asLong()).isEqualTo(before.get("counts").get("active").asLong() - 1);
		assertThat(after.get("counts").get("left").asLong()).isEqualTo(before.get("counts").get("left").asLong() + 1);

		jobs.ageOut();
		assertThat(statusOf(turning)).as("the day before the third birthday").isEqualTo("ACTIVE");
		TestClock.advance(Duration.ofDays(1));
		assertThat(jobs.ageOut()).isPositive();
		assertThat(statusOf(turning)).isEqualTo("AGED_OUT");
		assertThat(jdbc.sql("SELECT exited_on FROM guidance_child WHERE id = :id").param("id", turning)
			.query(LocalDate.class).single()).isEqualTo(almostThree.plusMonths(36));
		assertThat(statusOf(moved)).isEqualTo("MOVED_AWAY");
	}

	@Test
	void anOfficerExportsTheRegisterOfAnAreaMaskedAsOnThePage() throws Exception {
		MockHttpSession street = fixtures.officer("greg-export-street", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(9);
		String residentId = RegisterFixtures.residentId(birth, 43_621, false);
		fixtures.entered(street, "癸导出", birth, residentId);
		long matching = fixtures.read(mvc.perform(get("/api/v1/guidance/register").param("area", RegisterFixtures.COMMUNITY)
			.session(street))).get("matching").asLong();

		byte[] file = mvc.perform(get("/api/v1/guidance/register/export").param("area", RegisterFixtures.COMMUNITY)
			.session(street))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) matching);
			StringBuilder text = new StringBuilder();
			sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
			assertThat(text).contains("癸导出").doesNotContain(residentId).contains(residentId.substring(0, 6) + "********");
		}
		mvc.perform(get("/admin/guidance/register/export").param("area", RegisterFixtures.COMMUNITY).session(street))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/guidance/register/export").param("area", "320213022").session(street))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'guidance.register.export'")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aChildTakenOutByMistakeOrWhoMovedBackIsPutBackButOneWhoTurnedThreeIsNot() throws Exception {
		MockHttpSession street = fixtures.officer("greg-back-street", "STREET_OFFICER", RegisterFixtures.STREET);
		MockHttpSession elsewhere = fixtures.officer("greg-back-other", "STREET_OFFICER", "320213024");
		LocalDate birth = RegisterFixtures.bornMonthsAgo(20);
		UUID back = fixtures.entered(street, "壬迁回", birth, RegisterFixtures.residentId(birth, 43_611, false));
		String reinstate = "/api/v1/guidance/register/" + back + "/reinstatement";
		mvc.perform(post(reinstate).session(street).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("这个孩子已在底册中")));
		exit(street, back, "{\"status\":\"MOVED_AWAY\",\"reason\":\"登记错误\",\"date\":\"%s\"}".formatted(TestClock.today()))
			.andExpect(status().isOk());
		mvc.perform(post(reinstate).session(elsewhere).with(csrf())).andExpect(status().isNotFound());

		mvc.perform(post(reinstate).session(street).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.exitReason").doesNotExist());
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'guidance.register.child.reinstate' AND target_id = :id")
			.param("id", back.toString()).query(Integer.class).single()).isOne();

		LocalDate almostThree = TestClock.today().minusMonths(36).plusDays(1);
		UUID old = fixtures.entered(street, "壬将满三岁", almostThree, RegisterFixtures.residentId(almostThree, 43_612, false));
		exit(street, old, "{\"status\":\"DUPLICATE\",\"reason\":\"重复\",\"date\":\"%s\"}".formatted(TestClock.today()))
			.andExpect(status().isOk());
		TestClock.advance(Duration.ofDays(1));
		mvc.perform(post("/api/v1/guidance/register/" + old + "/reinstatement").session(street).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("孩子已满3周岁，不能恢复到底册")));
		assertThat(statusOf(old)).isEqualTo("DUPLICATE");
	}

	@Test
	void aFamilysChildAndARegisterEntryWithTheSameNumberAreOneChildWhicheverCameFirst() throws Exception {
		MockHttpSession street = fixtures.officer("greg-link-street", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(14);
		String registeredFirst = RegisterFixtures.residentId(birth, 43_701, false);
		String familyFirst = RegisterFixtures.residentId(birth, 43_702, false);
		UUID entry = fixtures.entered(street, "辛先在册", birth, registeredFirst);
		MockHttpSession guardian = fixtures.guardian(RegisterFixtures.phone(701));

		UUID familyChild = fixtures.familyChild(guardian, "辛先在册", birth, registeredFirst);

		await(() -> familyChildOf(entry) != null);
		assertThat(familyChildOf(entry)).isEqualTo(familyChild);
		UUID account = jdbc.sql("SELECT id FROM platform_account WHERE username = :u").param("u", RegisterFixtures.phone(701))
			.query(UUID.class).single();
		assertThat(children.ensureForFamilyChild(familyChild, RegisterFixtures.COMMUNITY, account).id()).isEqualTo(entry);

		UUID second = fixtures.familyChild(guardian, "辛先在家", birth, familyFirst);
		JsonNode imported = fixtures.checked(street, RegisterFixtures.csv(java.util.List.of(
				RegisterFixtures.girl("辛先在家", birth, familyFirst, RegisterFixtures.COMMUNITY, 702))));
		fixtures.confirm(street, imported.get("importId").asString()).andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT family_child_id FROM guidance_child WHERE name = '辛先在家'").query(UUID.class).single())
			.isEqualTo(second);

		String booked = RegisterFixtures.residentId(birth, 43_703, false);
		UUID third = fixtures.familyChild(guardian, "辛先预约", birth, booked);
		UUID bookedEntry = children.ensureForFamilyChild(third, RegisterFixtures.COMMUNITY, account).id();
		JsonNode late = fixtures.checked(street, RegisterFixtures.csv(java.util.List.of(
				RegisterFixtures.girl("辛先预约", birth, booked, RegisterFixtures.COMMUNITY, 703))));
		assertThat(late.get("errors").get(0).get("code").asString()).isEqualTo("guidance.register.alreadyRegistered");

		String unlinked = RegisterFixtures.residentId(birth, 43_704, false);
		UUID waiting = fixtures.entered(street, "辛待链接", birth, unlinked);
		UUID fourth = fixtures.familyChild(guardian, "辛待链接", birth, unlinked);
		await(() -> familyChildOf(waiting) != null);
		jdbc.sql("UPDATE guidance_child SET family_child_id = NULL WHERE id = :id").param("id", waiting).update();
		assertThat(children.ensureForFamilyChild(fourth, RegisterFixtures.COMMUNITY, account).id())
			.as("an unlinked entry with the same number is linked, not duplicated").isEqualTo(waiting);
		assertThat(fixtures.named("辛待链接")).isOne();
		assertThat(fixtures.named("辛先预约")).isOne();
		assertThat(bookedEntry).isNotNull();
	}

	@Test
	void anEntrysEnrolledFollowsTheChildsPlacements() throws Exception {
		MockHttpSession street = fixtures.officer("greg-place-street", "STREET_OFFICER", RegisterFixtures.STREET);
		EnrollmentFixtures enrollment = new EnrollmentFixtures(mvc, json, jdbc);
		UUID institution = enrollment.filedInstitution(fixtures.admin(), 43_801, "greg-place-org", "TODDLER", 10);
		MockHttpSession org = Logins.login(mvc, "greg-place-org", Institutions.PASSWORD);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(18);
		String number = RegisterFixtures.residentId(birth, 43_801, false);
		UUID entry = fixtures.entered(street, "壬入托", birth, number);
		MockHttpSession guardian = fixtures.guardian(RegisterFixtures.phone(801));
		UUID child = fixtures.familyChild(guardian, "壬入托", birth, number);
		await(() -> familyChildOf(entry) != null);

		String application = enrollment.applyTo(guardian, child, TestClock.today(), institution);
		enrollment.offer(org, application, enrollment.firstClass(org, institution));
		String placement = enrollment.acceptOpenOffer(guardian);
		await(() -> enrolled(entry));

		mvc.perform(post("/api/v1/enrollment/placements/" + placement + "/end").session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"LEFT\",\"lastDay\":\"%s\"}".formatted(TestClock.today())))
			.andExpect(status().is2xxSuccessful());
		await(() -> !enrolled(entry));
		assertThat(fixtures.named("壬入托")).isOne();
	}

	@Test
	void aGuardianSeesTheFamilysEntriesAndCorrectsCommunityAndContactButNotAnotherFamilys() throws Exception {
		MockHttpSession street = fixtures.officer("greg-family-street", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(6);
		String number = RegisterFixtures.residentId(birth, 43_901, false);
		UUID entry = fixtures.entered(street, "癸家长看", birth, number);
		MockHttpSession guardian = fixtures.guardian(RegisterFixtures.phone(901));
		fixtures.familyChild(guardian, "癸家长看", birth, number);
		await(() -> familyChildOf(entry) != null);
		MockHttpSession stranger = fixtures.guardian(RegisterFixtures.phone(902));

		mvc.perform(get("/api/v1/guidance/register/family").session(guardian))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(entry.toString()))
			.andExpect(jsonPath("$[0].guardianPhoneMasked").value("136****9999"));
		mvc.perform(get("/family/guidance/register").session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("癸家长看")));
		mvc.perform(put("/api/v1/guidance/register/family/" + entry).session(stranger).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"communityCode\":\"320213022001\",\"guardianName\":\"外人\",\"guardianPhone\":\"\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/guidance/register/family/" + entry).session(guardian).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"communityCode\":\"110105001001\",\"guardianName\":\"妈妈\",\"guardianPhone\":\"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("guidance.register.community.otherCity"));

		mvc.perform(post("/family/guidance/register/" + entry).session(guardian).with(csrf())
			.param("street", "320213022").param("communityCode", "320213022001").param("guardianName", "妈妈")
			.param("guardianPhone", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("手机号码应为11位")));
		mvc.perform(post("/family/guidance/register/" + entry).session(guardian).with(csrf())
			.param("street", "320213022").param("communityCode", "320213022001").param("guardianName", "妈妈")
			.param("guardianPhone", RegisterFixtures.phone(903)))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("SELECT division_code || ' ' || community_code || ' ' || guardian_phone_masked FROM guidance_child WHERE id = :id")
			.param("id", entry).query(String.class).single()).isEqualTo("320213022 320213022001 136****0903");
		mvc.perform(get("/api/v1/guidance/register/" + entry).session(street)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'guidance.register.child.correct' AND target_id = :id")
			.param("id", entry.toString()).query(Integer.class).single()).isOne();
		mvc.perform(get("/family/guidance/register/communities").param("street", "320213022").session(guardian))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("320213022001")));
	}

	private org.springframework.test.web.servlet.ResultActions exit(MockHttpSession user, UUID id, String body)
			throws Exception {
		return mvc.perform(post("/api/v1/guidance/register/" + id + "/exit").session(user).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String statusOf(UUID id) {
		return jdbc.sql("SELECT status FROM guidance_child WHERE id = :id").param("id", id).query(String.class).single();
	}

	private UUID familyChildOf(UUID entry) {
		return jdbc.sql("SELECT family_child_id FROM guidance_child WHERE id = :id").param("id", entry)
			.query(UUID.class).optional().orElse(null);
	}

	private boolean enrolled(UUID entry) {
		return jdbc.sql("SELECT enrolled FROM guidance_child WHERE id = :id").param("id", entry).query(Boolean.class).single();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 250; i++) {
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the register did not follow the event in time");
	}
}
