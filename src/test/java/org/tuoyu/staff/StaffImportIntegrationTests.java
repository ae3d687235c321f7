package org.tuoyu.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.Spreadsheets;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class StaffImportIntegrationTests {

	private static final String LIANGXI_STREET = "320213021";

	private static final List<String> HEADER = List.of("姓名", "身份证号", "手机号", "岗位", "入职日期");

	private static final Pattern CONFIRM_ACTION = Pattern.compile("/org/staff/import/([0-9a-f-]{36})/confirm");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	MockHttpSession admin;

	@BeforeEach
	void login() throws Exception {
		admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	@Test
	void badRowsAreReportedNothingIsWrittenUntilConfirmedAndOnlyTheGoodRowsAreWritten() throws Exception {
		UUID institution = Institutions.register(mvc, admin, 22_001, "staff-xls-main", LIANGXI_STREET);
		MockHttpSession org = Logins.login(mvc, "staff-xls-main", Institutions.PASSWORD);
		Institutions.register(mvc, admin, 22_002, "staff-xls-other", LIANGXI_STREET);
		MockHttpSession other = Logins.login(mvc, "staff-xls-other", Institutions.PASSWORD);
		String banned = ResidentIds.valid(901);
		mvc.perform(post("/api/v1/bans").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"刘强","residentId":"%s","reason":"虐待婴幼儿","decisionDocument":"锡卫禁〔2026〕901号",
					 "decidedOn":"2026-10-01","until":null,"managers":[]}
					""".formatted(banned)))
			.andExpect(status().isCreated());
		String first = ResidentIds.valid(902);
		String second = ResidentIds.valid(903);
		String wrongCheck = ResidentIds.valid(904).substring(0, 17)
				+ (ResidentIds.valid(904).endsWith("1") ? "2" : "1");
		byte[] file = workbook(List.of(
				List.of("王芳", first, "13812345678", "保育人员", "2026-09-01"),
				List.of("李娜", wrongCheck, "", "教师", "2026-09-01"),
				List.of("", ResidentIds.valid(905), "", "保育人员", "2026-09-01"),
				List.of("赵敏", ResidentIds.valid(906), "", "园长", "2026-09-01"),
				List.of("王芳", first.toLowerCase(), "", "CAREGIVER", "2026-09-01"),
				List.of("刘强", banned, "", "保安", "2026-09-01"),
				List.of("陈洁", second, "13912345678", "HEALTH_WORKER", LocalDate.of(2026, 10, 8)),
				List.of("张晓燕", "11010519491231002X", "13812345678", "保育人员", "2026-09-01")));

		String answer = upload(org, file)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowsRead").value(7))
			.andExpect(jsonPath("$.validRows.length()").value(2))
			.andExpect(jsonPath("$.validRows[0]").value(2))
			.andExpect(jsonPath("$.validRows[1]").value(8))
			.andExpect(jsonPath("$.errors.length()").value(5))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("residentId"))
			.andExpect(jsonPath("$.errors[0].code").value("value.residentId.checksum"))
			.andExpect(jsonPath("$.errors[0].message").value("身份证号校验位不正确，请核对后重新输入"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("name"))
			.andExpect(jsonPath("$.errors[1].code").value("staff.field.required"))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].code").value("staff.import.unknownRole"))
			.andExpect(jsonPath("$.errors[2].message").value(containsString("“园长”")))
			.andExpect(jsonPath("$.errors[3].row").value(6))
			.andExpect(jsonPath("$.errors[3].code").value("staff.import.duplicateInFile"))
			.andExpect(jsonPath("$.errors[3].message").value("与第2行的身份证号重复，同一人只能填写一行"))
			.andExpect(jsonPath("$.errors[4].row").value(7))
			.andExpect(jsonPath("$.errors[4].columnName").value("身份证号"))
			.andExpect(jsonPath("$.errors[4].code").value("staff.hire.banned"))
			.andExpect(jsonPath("$.errors[4].message").value(containsString("依法禁止从事托育服务")))
			.andExpect(jsonPath("$.written").value(0))
			.andExpect(content().string(not(containsString("虐待"))))
			.andExpect(content().string(not(containsString(first))))
			.andReturn().getResponse().getContentAsString();
		assertThat(employments(institution)).as("the check writes nobody").isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM staff_person WHERE name IN ('王芳', '陈洁')").query(Long.class).single())
			.isZero();
		assertThat(refusedHires(institution)).as("the district hears of the banned row once").isEqualTo(1);
		UUID id = UUID.fromString(json.readTree(answer).get("importId").asString());
		byte[] stored = jdbc.sql("SELECT content FROM staff_import WHERE id = :id").param("id", id)
			.query(byte[].class).single();
		assertThat(stored).as("the upload is kept encrypted").isNotEqualTo(file);
		assertThat(new String(stored, 0, 2, StandardCharsets.ISO_8859_1)).isNotEqualTo("PK");

		confirm(other, id).andExpect(status().isNotFound());
		confirm(admin, id).andExpect(status().isNotFound());
		assertThat(employments(institution)).isZero();

		confirm(org, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(2))
			.andExpect(jsonPath("$.changed").value(false));
		assertThat(employments(institution)).isEqualTo(2);
		assertThat(refusedHires(institution)).as("confirming does not alert again").isEqualTo(1);
		assertThat(jdbc.sql("SELECT status FROM staff_import WHERE id = :id AND content IS NULL").param("id", id)
			.query(String.class).single()).isEqualTo("CONFIRMED");
		confirm(org, id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.import.notPending"));
		assertThat(employments(institution)).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action IN ('staff.import.check', "
				+ "'staff.import.confirm') AND target_id = :id").param("id", id.toString()).query(Long.class).single())
			.isEqualTo(2);

		byte[] export = mvc.perform(get("/api/v1/staff/export").session(org))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> exported = Spreadsheets.cells(export);
		assertThat(exported).hasSize(3);
		assertThat(exported.get(0)).startsWith("姓名", "身份证号", "手机号", "岗位", "入职日期", "证书状态");
		assertThat(exported).anySatisfy(row -> assertThat(row).startsWith("王芳",
				first.substring(0, 6) + "********" + first.substring(14), "138****5678", "保育人员", "2026-09-01", "缺失"));
		assertThat(exported).anySatisfy(row -> assertThat(row).startsWith("陈洁",
				second.substring(0, 6) + "********" + second.substring(14), "139****5678", "保健人员", "2026-10-08"));
		assertThat(String.join(" ", exported.stream().flatMap(List::stream).toList())).doesNotContain(first)
			.doesNotContain(second).doesNotContain("13812345678");
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'staff.roster.export' "
				+ "AND target_id = :id").param("id", institution.toString()).query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/api/v1/staff/export").session(admin)).andExpect(status().isNotFound());
		assertThat(Spreadsheets.cells(mvc.perform(get("/api/v1/staff/export").session(other)).andReturn().getResponse()
			.getContentAsByteArray())).hasSize(1);
	}

	@Test
	void theTemplateDownloadsAndOnlyAnInstitutionAdministratorImports() throws Exception {
		Institutions.register(mvc, admin, 22_003, "staff-xls-template", LIANGXI_STREET);
		MockHttpSession org = Logins.login(mvc, "staff-xls-template", Institutions.PASSWORD);
		byte[] template = mvc.perform(get("/api/v1/staff/import/template").session(org))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> cells = Spreadsheets.cells(template);
		assertThat(cells.get(0)).containsExactly("姓名", "身份证号", "手机号", "岗位", "入职日期");
		assertThat(cells.get(1)).contains("保育人员", "2026-09-01");

		upload(org, template).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.import.noRows"));
		upload(org, "not a spreadsheet".getBytes()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.import.unreadable"));
		byte[] wrongHeader = Spreadsheets.workbook(List.of("机构名称", "统一社会信用代码"), List.of());
		upload(org, wrongHeader).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.import.header"));
		upload(admin, workbook(List.of(List.of("王五", ResidentIds.valid(930), "", "教师", "2026-09-01"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRowThatStopsBeingValidBeforeConfirmationWritesNothingUntilConfirmedAgain() throws Exception {
		UUID institution = Institutions.register(mvc, admin, 22_004, "staff-xls-changed", LIANGXI_STREET);
		MockHttpSession org = Logins.login(mvc, "staff-xls-changed", Institutions.PASSWORD);
		String early = ResidentIds.valid(920);
		String late = ResidentIds.valid(921);
		String answer = upload(org, workbook(List.of(List.of("周敏", early, "", "教师", "2026-09-01"),
				List.of("吴磊", late, "", "炊事人员", "2026/9/1"))))
			.andExpect(jsonPath("$.validRows.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(json.readTree(answer).get("importId").asString());
		mvc.perform(post("/api/v1/staff").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"周敏","residentId":"%s","role":"TEACHER","startedOn":"2026-09-01"}
					""".formatted(early)))
			.andExpect(status().isCreated());

		confirm(org, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(true))
			.andExpect(jsonPath("$.written").value(0))
			.andExpect(jsonPath("$.validRows.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].code").value("staff.hire.alreadyEmployed"));
		assertThat(employments(institution)).isEqualTo(1);
		confirm(org, id).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(1));
		assertThat(employments(institution)).isEqualTo(2);
	}

	@Test
	void anAdministratorImportsThroughThePages() throws Exception {
		UUID institution = Institutions.register(mvc, admin, 22_005, "staff-xls-page", LIANGXI_STREET);
		MockHttpSession org = Logins.login(mvc, "staff-xls-page", Institutions.PASSWORD);
		mvc.perform(get("/org/staff").session(org))
			.andExpect(content().string(containsString("href=\"/org/staff/import\"")))
			.andExpect(content().string(containsString("href=\"/org/staff/export.xlsx\"")));
		mvc.perform(get("/org/staff/import").session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("批量导入员工")))
			.andExpect(content().string(containsString("/org/staff/import/template.xlsx")));

		byte[] file = workbook(List.of(List.of("孙丽", ResidentIds.valid(940), "13712345678", "保育人员", "2026年9月1日"),
				List.of("钱多", ResidentIds.valid(941), "12345", "教师", "2026-09-01")));
		String page = mvc.perform(multipart("/org/staff/import")
			.file(new MockMultipartFile("file", "staff.xlsx", "application/octet-stream", file))
			.session(org).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 2 行：1 行有效，1 行有误。尚未写入任何数据。")))
			.andExpect(content().string(containsString("确认导入 1 名员工")))
			.andExpect(content().string(containsString("<td>3</td>")))
			.andExpect(content().string(containsString("手机号码应为11位，实际为5位")))
			.andReturn().getResponse().getContentAsString();
		assertThat(employments(institution)).isZero();
		Matcher action = CONFIRM_ACTION.matcher(page);
		assertThat(action.find()).isTrue();

		mvc.perform(post(action.group()).session(org).with(csrf()))
			.andExpect(redirectedUrl("/org/staff"))
			.andExpect(flash().attribute("flash", "staff.import.done"));
		assertThat(employments(institution)).isEqualTo(1);
		mvc.perform(get("/org/staff").session(org)).andExpect(content().string(containsString("孙丽")));
		mvc.perform(post(action.group()).session(org).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这份上传已经确认")));
		mvc.perform(get("/org/staff/import").session(admin)).andExpect(status().isForbidden());
	}

	private ResultActions upload(MockHttpSession session, byte[] file) throws Exception {
		return mvc.perform(multipart("/api/v1/staff/import")
			.file(new MockMultipartFile("file", "staff.xlsx", "application/octet-stream", file))
			.session(session).with(csrf()));
	}

	private ResultActions confirm(MockHttpSession session, UUID id) throws Exception {
		return mvc.perform(post("/api/v1/staff/import/" + id + "/confirm").session(session).with(csrf()));
	}

	private long employments(UUID institution) {
		return jdbc.sql("SELECT count(*) FROM staff_employment WHERE institution_id = :id").param("id", institution)
			.query(Long.class).single();
	}

	private long refusedHires(UUID institution) {
		return jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'staff.hire.refusedBanned' "
				+ "AND target_id = :id").param("id", institution.toString()).query(Long.class).single();
	}

	private static byte[] workbook(List<? extends List<?>> rows) throws Exception {
		return Spreadsheets.workbook(HEADER, rows);
	}
}
