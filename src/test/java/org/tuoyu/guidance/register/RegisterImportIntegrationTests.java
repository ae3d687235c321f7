package org.tuoyu.guidance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.test.Spreadsheets;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's two-step import: every bad row with its reason, nothing written by a check or a
 * refused confirmation, the valid rows written once, and overlapping imports racing each other
 * never duplicating a child.
 */
@TuoyuTest
class RegisterImportIntegrationTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtection protection;

	RegisterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new RegisterFixtures(mvc, json, jdbc);
	}

	@Test
	void everyBadRowIsReportedWithItsReasonAndOnlyTheValidRowsAreWrittenOnConfirmation() throws Exception {
		MockHttpSession street = fixtures.officer("greg-import-street", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(10);
		String first = RegisterFixtures.residentId(birth, 43_001, false);
		String wrongCheck = RegisterFixtures.residentId(birth, 43_003, false);
		wrongCheck = wrongCheck.substring(0, 17) + (wrongCheck.endsWith("1") ? "2" : "1");
		LocalDate third = TestClock.today().minusMonths(36);
		String registered = RegisterFixtures.residentId(birth, 43_011, false);
		fixtures.entered(street, "甲导入已在册", birth, registered);
		String c = RegisterFixtures.COMMUNITY;
		List<String> rows = List.of(RegisterFixtures.girl("甲导入一", birth, first, c, 1),
				RegisterFixtures.girl("", birth, RegisterFixtures.residentId(birth, 43_002, false), c, 2),
				RegisterFixtures.girl("甲导入校验", birth, wrongCheck, c, 3),
				RegisterFixtures.girl("甲导入生日", birth.minusMonths(1), RegisterFixtures.residentId(birth, 43_004, false), c, 4),
				RegisterFixtures.girl("甲导入满三岁", third, RegisterFixtures.residentId(third, 43_005, false), c, 5),
				RegisterFixtures.girl("甲导入无社区", birth, RegisterFixtures.residentId(birth, 43_006, false), "320213021999", 6),
				RegisterFixtures.girl("甲导入外街", birth, RegisterFixtures.residentId(birth, 43_007, false),
						RegisterFixtures.OTHER_STREET_COMMUNITY, 7),
				RegisterFixtures.girl("甲导入电话", birth, RegisterFixtures.residentId(birth, 43_008, false), c, 8)
					.replace(RegisterFixtures.phone(8), "12345"),
				RegisterFixtures.girl("甲导入重复", birth, first, c, 10),
				RegisterFixtures.girl("甲导入在册", birth, registered, c, 11),
				RegisterFixtures.girl("甲导入性别", birth, RegisterFixtures.residentId(birth, 43_012, false), c, 12)
					.replace(",女,", ",未知,"),
				RegisterFixtures.girl("甲导入二", birth, RegisterFixtures.residentId(birth, 43_013, false), c, 13)
					.replace("新生儿访视", "出生登记"),
				RegisterFixtures.girl("甲导入街道码", birth, RegisterFixtures.residentId(birth, 43_014, false), "320213021", 14),
				RegisterFixtures.girl("甲导入日期", birth, RegisterFixtures.residentId(birth, 43_015, false), c, 15)
					.replace(birth.toString(), "2025-13-01"),
				RegisterFixtures.girl("甲导入来源", birth, RegisterFixtures.residentId(birth, 43_016, false), c, 16)
					.replace("新生儿访视", "体检"),
				"王小满（示例行，不会导入）,女,1949-12-31,11010519491231002X,320213021001,王丽,13800000000,新生儿访视");

		JsonNode report = fixtures.checked(street, RegisterFixtures.csv(rows));

		assertThat(report.get("rowsRead").asInt()).isEqualTo(15);
		assertThat(report.get("validRows").asInt()).isEqualTo(2);
		Map<Integer, String> reasons = new HashMap<>();
		for (JsonNode error : report.get("errors")) {
			reasons.put(error.get("row").asInt(), error.get("code").asString());
			assertThat(error.get("message").asString()).isNotBlank().doesNotContain("guidance.register");
		}
		assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(3, "guidance.register.field.required"),
				Map.entry(4, "value.residentId.checksum"), Map.entry(5, "value.residentId.birthDateMismatch"),
				Map.entry(6, "guidance.register.tooOld"), Map.entry(7, "guidance.register.community.unknown"),
				Map.entry(8, "guidance.register.community.outOfScope"), Map.entry(9, "value.phone.length"),
				Map.entry(10, "guidance.register.import.duplicateInFile"), Map.entry(11, "guidance.register.alreadyRegistered"),
				Map.entry(12, "guidance.register.sex.invalid"), Map.entry(14, "guidance.register.community.invalid"),
				Map.entry(15, "guidance.register.birthDate.invalid"), Map.entry(16, "guidance.register.origin.invalid")));
		assertThat(report.get("errors").get(0).get("columnName").asString()).isEqualTo("姓名");
		assertThat(fixtures.named("甲导入一")).as("a check writes nothing").isZero();

		JsonNode written = fixtures.read(fixtures.confirm(street, report.get("importId").asString()).andExpect(status().isOk()));

		assertThat(written.get("written").asInt()).isEqualTo(2);
		assertThat(written.get("changed").asBoolean()).isFalse();
		assertThat(fixtures.named("甲导入一")).isOne();
		assertThat(fixtures.named("甲导入二")).isOne();
		assertThat(fixtures.named("甲导入重复") + fixtures.named("甲导入在册")).isZero();
		Map<String, Object> stored = jdbc.sql("""
				SELECT resident_id, resident_id_index, resident_id_masked, guardian_phone_masked, origin, source, import_id,
				  division_code, status FROM guidance_child WHERE name = '甲导入一'
				""").query().singleRow();
		assertThat(new String((byte[]) stored.get("resident_id"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(first);
		assertThat((byte[]) stored.get("resident_id_index"))
			.isEqualTo(protection.blindIndex(FamilyManagement.CHILD_RESIDENT_ID, first));
		assertThat(stored.get("resident_id_masked")).isEqualTo(first.substring(0, 6) + "********" + first.substring(14));
		assertThat(stored.get("guardian_phone_masked")).isEqualTo("136****0001");
		assertThat(stored).containsEntry("origin", "NEWBORN_VISIT").containsEntry("source", "IMPORT")
			.containsEntry("division_code", RegisterFixtures.STREET).containsEntry("status", "ACTIVE");
		assertThat(jdbc.sql("SELECT content IS NULL FROM guidance_register_import WHERE id = :id")
			.param("id", java.util.UUID.fromString(report.get("importId").asString())).query(Boolean.class).single())
			.as("the upload's content is dropped once confirmed").isTrue();
		assertThat(audited("guidance.register.import.check")).isPositive();
		assertThat(audited("guidance.register.import.confirm")).isPositive();

		fixtures.confirm(street, report.get("importId").asString())
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].code").value("guidance.register.import.notPending"));
	}

	@Test
	void anExcelUploadIsCheckedAndAnotherUsersUploadIsNotFound() throws Exception {
		MockHttpSession health = fixtures.officer("greg-import-health", "COMMUNITY_HEALTH", RegisterFixtures.STREET);
		MockHttpSession district = fixtures.officer("greg-import-district", "DISTRICT_ADMIN", "320213");
		LocalDate birth = RegisterFixtures.bornMonthsAgo(5);
		byte[] xlsx = Spreadsheets.workbook(List.of(RegisterFixtures.HEADER.split(",")),
				List.of(List.of("乙表格一", "女", birth, RegisterFixtures.residentId(birth, 43_101, false),
						Long.parseLong(RegisterFixtures.COMMUNITY), "乙家长", Long.parseLong(RegisterFixtures.phone(101)), "出生登记")));

		JsonNode report = fixtures.read(fixtures.check(health, "register.xlsx", xlsx).andExpect(status().isOk()));

		assertThat(report.get("validRows").asInt()).isOne();
		assertThat(report.get("errors")).isEmpty();
		fixtures.confirm(district, report.get("importId").asString()).andExpect(status().isNotFound());
		assertThat(fixtures.read(fixtures.confirm(health, report.get("importId").asString())).get("written").asInt())
			.isOne();
		mvc.perform(get("/api/v1/guidance/register/import/template").session(health))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX));
	}

	@Test
	void aFileWithoutTheTemplatesColumnsOrFromSomeoneWhoDoesNotKeepTheRegisterIsRefused() throws Exception {
		MockHttpSession street = fixtures.officer("greg-import-columns", "STREET_OFFICER", RegisterFixtures.STREET);
		MockHttpSession inspector = fixtures.officer("greg-import-inspector", "INSPECTOR", "320213");

		fixtures.check(street, "x.csv", "姓名,性别\n王,女\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].code").value("guidance.register.import.missingColumn"))
			.andExpect(jsonPath("$.detail").value("文件缺少“出生日期”列，请使用模板"));
		fixtures.check(inspector, "x.csv", RegisterFixtures.csv(List.of())).andExpect(status().isNotFound());
	}

	@Test
	void aConfirmationWhoseRowsChangedSinceTheCheckWritesNothingUntilConfirmedAgain() throws Exception {
		MockHttpSession street = fixtures.officer("greg-import-changed", "STREET_OFFICER", RegisterFixtures.STREET);
		LocalDate birth = RegisterFixtures.bornMonthsAgo(20);
		String kept = RegisterFixtures.residentId(birth, 43_201, false);
		String meanwhile = RegisterFixtures.residentId(birth, 43_202, false);
		JsonNode report = fixtures.checked(street, RegisterFixtures.csv(List.of(
				RegisterFixtures.girl("丙变化一", birth, kept, RegisterFixtures.COMMUNITY, 201),
				RegisterFixtures.girl("丙变化二", birth, meanwhile, RegisterFixtures.COMMUNITY, 202))));
		fixtures.entered(street, "丙变化手工", birth, meanwhile);

		JsonNode changed = fixtures.read(fixtures.confirm(street, report.get("importId").asString()).andExpect(status().isOk()));

		assertThat(changed.get("changed").asBoolean()).isTrue();
		assertThat(changed.get("written").asInt()).isZero();
		assertThat(changed.get("errors").get(0).get("code").asString()).isEqualTo("guidance.register.alreadyRegistered");
		assertThat(fixtures.named("丙变化一")).isZero();

		JsonNode again = fixtures.read(fixtures.confirm(street, report.get("importId").asString()).andExpect(status().isOk()));

		assertThat(again.get("written").asInt()).isOne();
		assertThat(fixtures.named("丙变化一")).isOne();
		assertThat(fixtures.named("丙变化二")).isZero();
	}

	@Test
	void overlappingImportsConfirmedAtOnceNeverDuplicateAChild() throws Exception {
		MockHttpSession street = fixtures.officer("greg-import-race-a", "STREET_OFFICER", RegisterFixtures.STREET);
		MockHttpSession health = fixtures.officer("greg-import-race-b", "COMMUNITY_HEALTH", RegisterFixtures.STREET);
		for (int round = 0; round < 3; round++) {
			LocalDate birth = RegisterFixtures.bornMonthsAgo(12 + round);
			int base = 43_300 + round * 10;
			List<String> names = List.of("丁并发" + round + "一", "丁并发" + round + "二", "丁并发" + round + "三");
			List<String> ids = List.of(RegisterFixtures.residentId(birth, base, false),
					RegisterFixtures.residentId(birth, base + 1, false), RegisterFixtures.residentId(birth, base + 2, false));
			JsonNode first = fixtures.checked(street, RegisterFixtures.csv(List.of(
					RegisterFixtures.girl(names.get(0), birth, ids.get(0), RegisterFixtures.COMMUNITY, base),
					RegisterFixtures.girl(names.get(1), birth, ids.get(1), RegisterFixtures.COMMUNITY, base + 1))));
			JsonNode second = fixtures.checked(health, RegisterFixtures.csv(List.of(
					RegisterFixtures.girl(names.get(1), birth, ids.get(1), RegisterFixtures.COMMUNITY, base + 1),
					RegisterFixtures.girl(names.get(2), birth, ids.get(2), RegisterFixtures.COMMUNITY, base + 2))));

			List<JsonNode> answers = together(List.of(
					() -> fixtures.read(fixtures.confirm(street, first.get("importId").asString()).andExpect(status().isOk())),
					() -> fixtures.read(fixtures.confirm(health, second.get("importId").asString()).andExpect(status().isOk()))));

			assertThat(answers).filteredOn(a -> !a.get("changed").asBoolean()).isNotEmpty();
			for (int i = 0; i < answers.size(); i++) {
				if (answers.get(i).get("changed").asBoolean()) {
					MockHttpSession user = i == 0 ? street : health;
					JsonNode again = fixtures.read(fixtures.confirm(user, answers.get(i).get("importId").asString()));
					assertThat(again.get("written").asInt()).isOne();
				}
			}
			for (String name : names) {
				assertThat(fixtures.named(name)).as(name).isOne();
			}
		}
	}

	private List<JsonNode> together(List<Callable<JsonNode>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<JsonNode>> futures = new ArrayList<>();
			for (Callable<JsonNode> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<JsonNode> answers = new ArrayList<>();
			for (Future<JsonNode> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int audited(String action) {
		return jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = :action").param("action", action)
			.query(Integer.class).single();
	}
}
