package org.tuoyu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

@TuoyuTest
class RegistryExcelIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private static List<String> row(String name, String code, String floor, String username) {
		return List.of(name, code, "企业", "民办", "独立托育机构", "全日托,半日托", "赵园长", "0510-83456789", "主园区",
				"梁溪区人民路9号", "320213027", "31.5700", "120.3000", floor, "300", username, "Excelimport2026");
	}

	private static byte[] workbook(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("托育机构");
			sheet.createRow(0).createCell(0).setCellValue("header");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void badRowsAreReportedAndNothingIsWrittenUntilTheValidRowsAreConfirmed() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		long before = jdbc.sql("SELECT count(*) FROM institution_institution").query(Long.class).single();
		byte[] file = workbook(List.of(row("导入一号托育园", CreditCodes.valid(6001), "2", "excel-one"),
				row("导入二号托育园", CreditCodes.valid(6002), "5", "excel-two"),
				row("导入三号托育园", CreditCodes.valid(6001), "1", "excel-three"),
				List.of("导入四号", CreditCodes.valid(6004), "合伙", "民办", "独立托育机构", "全日托", "钱", "0510-83456789",
						"主园区", "地址", "320213027", "31.57", "120.30", "1", "300", "excel-four", "Excelimport2026")));
		String answer = mvc.perform(multipart("/api/v1/institutions/import")
			.file(new MockMultipartFile("file", "registry.xlsx", "application/octet-stream", file))
			.session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowsRead").value(4))
			.andExpect(jsonPath("$.validRows[0]").value(2))
			.andExpect(jsonPath("$.validRows.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("roomFloor"))
			.andExpect(jsonPath("$.errors[0].message").value("婴幼儿用房应设在3层及以下"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].code").value("import.institutions.duplicateInFile"))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].message").value("无法识别的选项“合伙”，请使用模板中的写法"))
			.andExpect(jsonPath("$.written").value(0))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.sql("SELECT count(*) FROM institution_institution").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_account WHERE username LIKE 'excel-%'").query(Long.class).single())
			.isZero();

		String id = json.readTree(answer).get("importId").asString();
		mvc.perform(post("/api/v1/institutions/import/" + id + "/confirm").session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(1));
		assertThat(jdbc.sql("SELECT count(*) FROM institution_institution").query(Long.class).single()).isEqualTo(before + 1);
		mvc.perform(post("/api/v1/institutions/import/" + id + "/confirm").session(admin).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM institution_import WHERE content IS NOT NULL AND confirmed_at IS NOT NULL")
			.query(Long.class).single()).as("confirmed uploads keep no passwords").isZero();

		mvc.perform(multipart("/admin/institutions/import")
			.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "not excel".getBytes()))
			.session(admin).with(csrf()))
			.andExpect(content().string(containsString("无法读取该文件")));
	}

	@Test
	void theRegistryExportsToExcelAndTheTemplateDownloads() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(post("/api/v1/institutions").session(admin).with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(Institutions.json(CreditCodes.valid(6100), "export-org",
					"320213027", "STANDALONE", 1, "")))
			.andExpect(status().isCreated());
		byte[] export = mvc.perform(get("/admin/institutions/export.xlsx").session(admin).param("q", "export-org"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(export))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("机构名称");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("阳光宝贝托育中心 export-org");
		}
		byte[] template = mvc.perform(get("/api/v1/institutions/import/template").session(admin))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
		}
	}
}
