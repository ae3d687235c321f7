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

import java.math.BigDecimal;
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
import org.tuoyu.test.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class TrainingImportIntegrationTests {

	private static final String LIANGXI_STREET = "320213021";

	private static final List<String> HEADER = List.of("姓名", "身份证号", "课程", "培训机构", "学时", "结业日期");

	private static final Pattern CONFIRM_ACTION = Pattern.compile("/org/staff/trainings/import/([0-9a-f-]{36})/confirm");

	/** Two days back, so that no time zone makes it a future date. */
	private static final LocalDate RECENT = TestClock.today().minusDays(2);

	private static final LocalDate LAST_YEAR = RECENT.minusYears(1);

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
	void badRowsGetTheFormsReasonsNothingIsWrittenUntilConfirmedAndOnlyTheGoodRowsAreWritten() throws Exception {
		UUID institution = Institutions.register(mvc, admin, 22_100, "training-xls-main", LIANGXI_STREET);
		MockHttpSession org = Logins.login(mvc, "training-xls-main", Institutions.PASSWORD);
		Institutions.register(mvc, admin, 22_101, "training-xls-other", LIANGXI_STREET);
		MockHttpSession other = Logins.login(mvc, "training-xls-other", Institutions.PASSWORD);
		String huang = ResidentIds.valid(950);
		String lin = ResidentIds.valid(951);
		String elsewhere = ResidentIds.valid(952);
		String unknown = ResidentIds.valid(953);
		UUID huangId = hire(org, "黄婷", huang);
		UUID linId = hire(org, "林静", lin);
		hire(other, "李娜", elsewhere);
		byte[] file = workbook(List.of(
				List.of("黄婷", huang, "婴幼儿回应性照护", "市托育服务指导中心", 8, RECENT),
				List.of("黄婷", huang, "婴幼儿急救技能", "市红十字会", "12.5", LAST_YEAR.toString()),
				List.of("林静", lin.toLowerCase(), "婴幼儿膳食营养", "市妇幼保健院", 6, RECENT),
				List.of("赵敏", unknown, "婴幼儿膳食营养", "市妇幼保健院", 6, RECENT),
				List.of("李娜", elsewhere, "婴幼儿膳食营养", "市妇幼保健院", 6, RECENT),
				List.of("黄小婷", huang, "托育政策法规", "市卫生健康委", 4, RECENT),
				List.of("林静", lin, "托育政策法规", "市卫生健康委", 0, RECENT),
				List.of("林静", lin, "婴幼儿急救技能", "市红十字会", 1.25, RECENT),
				List.of("林静", lin, "婴幼儿早期发展", "市托育服务指导中心", 2, RECENT.plusDays(4)),
				List.of("黄婷", huang, "婴幼儿回应性照护", "另一家培训机构", 4, RECENT),
				List.of("林静", lin, "婴幼儿早期发展", "市托育服务指导中心", "八学时", RECENT),
				List.of("张晓燕", "11010519491231002X", "婴幼儿回应性照护", "市托育服务指导中心", 8, RECENT)));

		String answer = upload(org, file)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowsRead").value(11))
			.andExpect(jsonPath("$.validRows.length()").value(3))
			.andExpect(jsonPath("$.validRows[0]").value(2))
			.andExpect(jsonPath("$.validRows[1]").value(3))
			.andExpect(jsonPath("$.validRows[2]").value(4))
			.andExpect(jsonPath("$.errors.length()").value(8))
			.andExpect(jsonPath("$.errors[0].row").value(5))
			.andExpect(jsonPath("$.errors[0].columnName").value("身份证号"))
			.andExpect(jsonPath("$.errors[0].code").value("staff.training.import.notEmployed"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("此人不在本机构在职名单中")))
			.andExpect(jsonPath("$.errors[1].row").value(6))
			.andExpect(jsonPath("$.errors[1].code").value("staff.training.import.notEmployed"))
			.andExpect(jsonPath("$.errors[2].row").value(7))
			.andExpect(jsonPath("$.errors[2].column").value("name"))
			.andExpect(jsonPath("$.errors[2].code").value("staff.hire.nameMismatch"))
			.andExpect(jsonPath("$.errors[2].message").value("姓名与该身份证号已登记的姓名不一致，请核对"))
			.andExpect(jsonPath("$.errors[3].row").value(8))
			.andExpect(jsonPath("$.errors[3].column").value("hours"))
			.andExpect(jsonPath("$.errors[3].columnName").value("学时"))
			.andExpect(jsonPath("$.errors[3].code").value("staff.training.hours"))
			.andExpect(jsonPath("$.errors[4].row").value(9))
			.andExpect(jsonPath("$.errors[4].code").value("staff.training.hours"))
			.andExpect(jsonPath("$.errors[5].row").value(10))
			.andExpect(jsonPath("$.errors[5].columnName").value("结业日期"))
			.andExpect(jsonPath("$.errors[5].code").value("staff.date.future"))
			.andExpect(jsonPath("$.errors[6].row").value(11))
			.andExpect(jsonPath("$.errors[6].code").value("staff.training.import.duplicateInFile"))
			.andExpect(jsonPath("$.errors[6].message").value("与第2行重复：同一人、同一课程、同一结业日期只能填写一行"))
			.andExpect(jsonPath("$.errors[7].row").value(12))
			.andExpect(jsonPath("$.errors[7].code").value("staff.training.import.hours"))
			.andExpect(jsonPath("$.errors[7].message").value(containsString("“八学时”")))
			.andExpect(jsonPath("$.written").value(0))
			.andExpect(content().string(not(containsString(huang))))
			.andExpect(content().string(not(containsString(elsewhere))))
			.andReturn().getResponse().getContentAsString();
		JsonNode report = json.readTree(answer);
		assertThat(report.get("errors").get(4).get("message").asString())
			.as("the same words as the training form")
			.isEqualTo(formError(org, linId, "1.25", RECENT).get("message").asString());
		assertThat(report.get("errors").get(5).get("message").asString())
			.isEqualTo(formError(org, linId, "2", RECENT.plusDays(4)).get("message").asString());
		assertThat(trainings(institution)).as("the check records no training").isZero();
		UUID id = UUID.fromString(report.get("importId").asString());
		assertThat(jdbc.sql("SELECT kind FROM staff_import WHERE id = :id AND content IS NOT NULL").param("id", id)
			.query(String.class).single()).isEqualTo("TRAINING");

		confirm(other, id).andExpect(status().isNotFound());
		confirm(admin, id).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/staff/import/" + id + "/confirm").session(org).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(trainings(institution)).isZero();

		confirm(org, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(3))
			.andExpect(jsonPath("$.changed").value(false));
		assertThat(trainings(institution)).isEqualTo(3);
		assertThat(hoursByYear(org, huangId, RECENT.getYear())).isEqualByComparingTo("8");
		assertThat(hoursByYear(org, huangId, LAST_YEAR.getYear())).isEqualByComparingTo("12.5");
		assertThat(hoursByYear(org, linId, RECENT.getYear())).isEqualByComparingTo("6");
		assertThat(jdbc.sql("SELECT status FROM staff_import WHERE id = :id AND content IS NULL").param("id", id)
			.query(String.class).single()).isEqualTo("CONFIRMED");
		confirm(org, id).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.import.notPending"));
		assertThat(trainings(institution)).isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action IN ('staff.training.import.check', "
				+ "'staff.training.import.confirm') AND target_id = :id").param("id", id.toString()).query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theTemplateDownloadsOnlyAnAdministratorImportsAndStaffAndTrainingUploadsStayApart() throws Exception {
		Institutions.register(mvc, admin, 22_102, "training-xls-template", LIANGXI_STREET);
		MockHttpSession org = Logins.login(mvc, "training-xls-template", Institutions.PASSWORD);
		String person = ResidentIds.valid(960);
		hire(org, "周敏", person);
		byte[] template = mvc.perform(get("/api/v1/staff/trainings/import/template").session(org))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> cells = Spreadsheets.cells(template);
		assertThat(cells.get(0)).containsExactly("姓名", "身份证号", "课程", "培训机构", "学时", "结业日期");
		assertThat(cells.get(1)).contains("11010519491231002X", "8", "2026-09-01");
		upload(org, template).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.training.import.noRows"));
		upload(org, Spreadsheets.workbook(List.of("姓名", "身份证号", "手机号", "岗位", "入职日期"), List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.training.import.header"));
		upload(org, "not a spreadsheet".getBytes()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("staff.import.unreadable"));
		byte[] english = Spreadsheets.workbook(List.of("Name", "Resident ID", "Course", "Provider", "Hours", "Completed on"),
				List.of(List.of("周敏", person, "托育政策法规", "市卫生健康委", "3", RECENT)));
		upload(admin, english).andExpect(status().isNotFound());

		String staffAnswer = mvc.perform(multipart("/api/v1/staff/import")
			.file(new MockMultipartFile("file", "staff.xlsx", "application/octet-stream",
					Spreadsheets.workbook(List.of("姓名", "身份证号", "手机号", "岗位", "入职日期"),
							List.of(List.of("吴磊", ResidentIds.valid(961), "", "教师", "2026-09-01")))))
			.session(org).with(csrf()))
			.andExpect(jsonPath("$.validRows.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		UUID staffUpload = UUID.fromString(json.readTree(staffAnswer).get("importId").asString());
		UUID trainingUpload = importId(upload(org, english).andExpect(jsonPath("$.validRows.length()").value(1)));
		confirm(org, staffUpload).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/staff/import/" + staffUpload + "/confirm").session(org).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(1));
		confirm(org, trainingUpload).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(1));
	}

	@Test
	void aPersonWhoLeavesBeforeConfirmationIsNotWrittenUntilConfirmedAgain() throws Exception {
		UUID institution = Institutions.register(mvc, admin, 22_103, "training-xls-changed", LIANGXI_STREET);
		MockHttpSession org = Logins.login(mvc, "training-xls-changed", Institutions.PASSWORD);
		String stays = ResidentIds.valid(970);
		String leaves = ResidentIds.valid(971);
		hire(org, "孙丽", stays);
		UUID leaver = hire(org, "钱多", leaves);
		UUID id = importId(upload(org, workbook(List.of(List.of("孙丽", stays, "托育政策法规", "市卫生健康委", 3, RECENT),
				List.of("钱多", leaves, "托育政策法规", "市卫生健康委", 3, RECENT))))
			.andExpect(jsonPath("$.validRows.length()").value(2)));
		String roster = mvc.perform(get("/api/v1/staff").session(org)).andReturn().getResponse().getContentAsString();
		String employment = null;
		for (JsonNode member : json.readTree(roster)) {
			if (member.get("personId").asString().equals(leaver.toString())) {
				employment = member.get("employmentId").asString();
			}
		}
		mvc.perform(post("/api/v1/staff/employments/" + employment + "/end").session(org).with(csrf()))
			.andExpect(status().isNoContent());

		confirm(org, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(true))
			.andExpect(jsonPath("$.written").value(0))
			.andExpect(jsonPath("$.validRows.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].code").value("staff.training.import.notEmployed"));
		assertThat(trainings(institution)).isZero();
		confirm(org, id).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(1));
		assertThat(trainings(institution)).isEqualTo(1);
	}

	@Test
	void anAdministratorImportsThroughThePages() throws Exception {
		UUID institution = Institutions.register(mvc, admin, 22_104, "training-xls-page", LIANGXI_STREET);
		MockHttpSession org = Logins.login(mvc, "training-xls-page", Institutions.PASSWORD);
		String person = ResidentIds.valid(980);
		hire(org, "郑洁", person);
		mvc.perform(get("/org/staff").session(org))
			.andExpect(content().string(containsString("href=\"/org/staff/trainings/import\"")))
			.andExpect(content().string(containsString("导入培训记录")));
		mvc.perform(get("/org/staff/trainings/import").session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>导入培训记录 · ")))
			.andExpect(content().string(containsString("/org/staff/trainings/import/template.xlsx")))
			.andExpect(content().string(containsString("action=\"/org/staff/trainings/import\"")))
			.andExpect(content().string(not(containsString("/org/staff/export.xlsx"))));
		assertThat(Spreadsheets.cells(mvc.perform(get("/org/staff/trainings/import/template.xlsx").session(org))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray()).get(0)).startsWith("姓名", "身份证号", "课程");

		byte[] file = workbook(List.of(List.of("郑洁", person, "婴幼儿回应性照护", "市托育服务指导中心", 8, RECENT),
				List.of("郑洁", person, "", "市托育服务指导中心", 8, RECENT)));
		String page = mvc.perform(multipart("/org/staff/trainings/import")
			.file(new MockMultipartFile("file", "trainings.xlsx", "application/octet-stream", file))
			.session(org).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 2 行：1 行有效，1 行有误。尚未写入任何数据。")))
			.andExpect(content().string(containsString("确认导入 1 条培训记录")))
			.andExpect(content().string(containsString("<td>3</td>")))
			.andExpect(content().string(containsString("<td>课程</td>")))
			.andExpect(content().string(containsString("长度须在1到100个字之间")))
			.andReturn().getResponse().getContentAsString();
		assertThat(trainings(institution)).isZero();
		Matcher action = CONFIRM_ACTION.matcher(page);
		assertThat(action.find()).isTrue();

		mvc.perform(post(action.group()).session(org).with(csrf()))
			.andExpect(redirectedUrl("/org/staff"))
			.andExpect(flash().attribute("flash", "staff.training.import.done"));
		assertThat(trainings(institution)).isEqualTo(1);
		mvc.perform(post(action.group()).session(org).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这份上传已经确认")));
		mvc.perform(multipart("/org/staff/trainings/import").session(org).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择填好的模板文件")));
		mvc.perform(get("/org/staff/trainings/import").session(admin)).andExpect(status().isForbidden());
	}

	private UUID hire(MockHttpSession org, String name, String residentId) throws Exception {
		String answer = mvc.perform(post("/api/v1/staff").session(org).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","residentId":"%s","phone":"","role":"CAREGIVER","startedOn":"2026-09-01"}
					""".formatted(name, residentId)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return UUID.fromString(json.readTree(answer).get("id").asString());
	}

	/** The first field error of recording the training on the form's API (which then records nothing). */
	private JsonNode formError(MockHttpSession org, UUID person, String hours, LocalDate takenOn) throws Exception {
		String answer = mvc.perform(post("/api/v1/staff/people/" + person + "/trainings").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"course\":\"婴幼儿急救技能\",\"provider\":\"市红十字会\",\"hours\":%s,\"takenOn\":\"%s\"}"
				.formatted(hours, takenOn)))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(answer).get("errors").get(0);
	}

	private BigDecimal hoursByYear(MockHttpSession org, UUID person, int year) throws Exception {
		String answer = mvc.perform(get("/api/v1/staff/people/" + person).session(org))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return new BigDecimal(json.readTree(answer).get("trainingHoursByYear").get(String.valueOf(year)).asString());
	}

	private ResultActions upload(MockHttpSession session, byte[] file) throws Exception {
		return mvc.perform(multipart("/api/v1/staff/trainings/import")
			.file(new MockMultipartFile("file", "trainings.xlsx", "application/octet-stream", file))
			.session(session).with(csrf()));
	}

	private UUID importId(ResultActions upload) throws Exception {
		return UUID.fromString(json.readTree(upload.andReturn().getResponse().getContentAsString()).get("importId")
			.asString());
	}

	private ResultActions confirm(MockHttpSession session, UUID id) throws Exception {
		return mvc.perform(post("/api/v1/staff/trainings/import/" + id + "/confirm").session(session).with(csrf()));
	}

	private long trainings(UUID institution) {
		return jdbc.sql("SELECT count(*) FROM staff_training WHERE institution_id = :id").param("id", institution)
			.query(Long.class).single();
	}

	private static byte[] workbook(List<? extends List<?>> rows) throws Exception {
		return Spreadsheets.workbook(HEADER, rows);
	}
}
