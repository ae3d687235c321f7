package org.tuoyu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.statistics.internal.InstitutionFigures;
import org.tuoyu.statistics.internal.LiveFigures;
import org.tuoyu.test.Figures;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.Spreadsheets;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics report as Excel and PDF, read back, on hand-built data in two Huishan streets no
 * other test uses: 钱桥街道 (two institutions, one inclusive with a child placed) and 前洲街道 (one
 * community site).
 */
@TuoyuTest
class StatisticsReportIntegrationTests {

	private static final String QIANQIAO = "320206003";

	private static final String QIANZHOU = "320206004";

	private static final String PASSWORD = "Report2026pass";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@Autowired
	InstitutionFigures figures;

	@Autowired
	LiveFigures live;

	@Test
	void theWorkbookHasTheIndicatorsOfTheDistrictAndEachStreetAsNumbers() throws Exception {
		MockHttpSession huishan = huishan();
		byte[] xlsx = mvc.perform(get("/admin/statistics/report.xlsx").param("division", "320206").session(huishan))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"tuoyu-statistics-report-320206-" + thisYear() + ".xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		List<List<String>> shown = Spreadsheets.cells(xlsx);
		assertThat(shown.get(0).get(0)).isEqualTo("无锡市惠山区 " + thisYear() + "年 托育服务统计报表");
		assertThat(shown.get(1).get(0)).contains("区级管理员（惠山区）");
		assertThat(shown.get(2)).contains("每千人口托位数（2025年目标 4.5‰）", "普惠托位占比（2025年目标 70%）");
		assertThat(shown.get(3)).startsWith("区划代码", "区划", "数据来源", "值", "分子", "分母", "差距", "是否达标");
		assertThat(shown.get(4)).startsWith("320206", "惠山区", "实时");
		assertThat(shown.stream().map(r -> r.get(0)).toList()).contains("320206001", QIANQIAO, QIANZHOU, "320206500");
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("指标");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("机构");
			assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("说明");
			Sheet indicators = workbook.getSheetAt(0);
			assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
			assertThat(indicators.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
			assertThat(workbook.getFontAt(indicators.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(indicators.getColumnWidth(1)).isEqualTo(18 * 256);

			Row qianqiao = row(indicators, QIANQIAO);
			assertThat(qianqiao.getCell(1).getStringCellValue()).isEqualTo("钱桥街道");
			// places per 1000: 25 places over 10,000 residents
			assertPerMille(qianqiao.getCell(3), 2.5);
			assertNumber(qianqiao.getCell(4), 25, "25");
			assertNumber(qianqiao.getCell(5), 10000, "10000");
			assertPerMille(qianqiao.getCell(6), 2.0);
			assertThat(qianqiao.getCell(7).getStringCellValue()).isEqualTo("未达标");
			// inclusive share: 15 of 25 places
			assertNumber(qianqiao.getCell(8), 0.6, "60.00%");
			assertNumber(qianqiao.getCell(9), 15, "15");
			// street coverage: the street has an inclusive institution
			assertNumber(qianqiao.getCell(13), 1.0, "100.00%");
			assertThat(qianqiao.getCell(17).getStringCellValue()).isEqualTo("达标");
			Row qianzhou = row(indicators, QIANZHOU);
			assertPerMille(qianzhou.getCell(3), 1.5);
			assertNumber(qianzhou.getCell(8), 0, "0.00%");

			Sheet institutions = workbook.getSheetAt(1);
			assertThat(text(institutions.getRow(0))).containsExactly("区划代码", "区划", "运营机构数", "独立托育机构", "幼儿园托班",
					"用人单位办托", "社区托育点", "家庭托育点", "普惠机构数", "托位数", "在托人数");
			assertThat(text(row(institutions, QIANQIAO))).containsExactly(QIANQIAO, "钱桥街道", "2", "2", "0", "0", "0", "0", "1",
					"25", "1");
			assertThat(text(row(institutions, QIANZHOU))).containsExactly(QIANZHOU, "前洲街道", "1", "0", "0", "0", "1", "0", "0",
					"12", "0");
			assertThat(row(institutions, QIANQIAO).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(institutions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("320206");

			Sheet notes = workbook.getSheetAt(2);
			assertThat(text(notes.getRow(1))).containsExactly("每千人口托位数",
					"运营（已备案或已核查）机构的托位数 ÷ 常住人口（当年或之前最近一年）× 1000", "4.5‰");
			assertThat(notes.getLastRowNum()).isGreaterThan(IndicatorCode.values().length + 2);
		}
		assertThat(audits("320206")).isPositive();
	}

	@Test
	void thePdfHasTheTitleAndTheStreetsFigures() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/statistics/report").param("division", "320206").param("format", "pdf")
			.session(huishan()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("无锡市惠山区 " + thisYear() + "年 托育服务统计报表", "钱桥街道", "前洲街道", "2.50‰", "60.00%",
					"每千人口托位数", "区级管理员");
		}
	}

	@Test
	void aStreetsReportHasNoSubdivisionsAndThePageLinkDefaultsToTheOfficersArea() throws Exception {
		MockHttpSession huishan = huishan();
		byte[] street = mvc.perform(get("/admin/statistics/report.xlsx").param("division", QIANQIAO).session(huishan))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> shown = Spreadsheets.cells(street);
		assertThat(shown.get(0).get(0)).isEqualTo("无锡市惠山区钱桥街道 " + thisYear() + "年 托育服务统计报表");
		assertThat(shown).hasSize(5);
		mvc.perform(get("/admin/statistics/report.pdf").session(huishan))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					startsWith("attachment; filename=\"tuoyu-statistics-report-320206-" + thisYear() + ".pdf\"")));
		byte[] earlier = mvc.perform(get("/api/v1/statistics/report").param("division", "3202").param("year", "2021")
			.param("format", "xlsx").session(Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(earlier))) {
			Row city = workbook.getSheetAt(0).getRow(4);
			assertThat(text(city)).startsWith("3202", "无锡市", "规划基数");
			assertPerMille(city.getCell(3), 2.88);
			assertNumber(city.getCell(4), 21545, "21545");
			assertNumber(city.getCell(5), 7479500, "7479500");
		}
	}

	@Test
	void onlyOfficersCoveringTheDivisionGetTheReport() throws Exception {
		huishan();
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		MockHttpSession liangxi = officer(admin, "report-liangxi", "320213");
		long before = audits("320206");
		mvc.perform(get("/admin/statistics/report.xlsx").param("division", "320206").session(liangxi))
			.andExpect(status().isNotFound());
		report(liangxi, "320206", "xlsx").andExpect(status().isNotFound());
		report(liangxi, QIANQIAO, "pdf").andExpect(status().isNotFound());
		MockHttpSession staff = Logins.login(mvc, "report-qianqiao-a", Institutions.PASSWORD);
		report(staff, QIANQIAO, "xlsx").andExpect(status().isNotFound());
		report(admin, "320206", "docx").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		report(admin, "320206", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		report(admin, null, "xlsx").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("division"));
		mvc.perform(get("/api/v1/statistics/report").param("division", "320206").param("format", "pdf")
			.param("year", "2100").session(admin))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		assertThat(audits("320206")).isEqualTo(before);
	}

	private ResultActions report(MockHttpSession user, String division, String format) throws Exception {
		var request = get("/api/v1/statistics/report").session(user);
		if (division != null) {
			request.param("division", division);
		}
		if (format != null) {
			request.param("format", format);
		}
		return mvc.perform(request);
	}

	/**
	 * The Huishan district administrator, signed in, once the streets' data exists: 钱桥 has an
	 * inclusive public institution of 15 places with one child placed and an ordinary one of 10,
	 * over 10,000 residents; 前洲 a community site of 12 places over 8,000 residents.
	 */
	private MockHttpSession huishan() throws Exception {
		if (accountRows.findByUsername("report-huishan").isEmpty()) {
			MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
			Filed inclusive = Institutions.filedWithClass(mvc, jdbc, admin, 33_001, "report-qianqiao-a", QIANQIAO, "一班",
					"TODDLER", 15);
			Filed ordinary = Institutions.filedWithClass(mvc, jdbc, admin, 33_002, "report-qianqiao-b", QIANQIAO, "一班",
					"TODDLER", 10);
			Filed community = Institutions.filedWithClass(mvc, jdbc, admin, 33_003, "report-qianzhou", QIANZHOU, "一班",
					"TODDLER", 12);
			jdbc.sql("""
					UPDATE institution_institution SET inclusive = true, inclusive_price_cap = 1500,
					  inclusive_valid_until = :today + 365, ownership = 'PUBLIC' WHERE id = :id
					""").param("today", TestClock.today()).param("id", inclusive.id()).update();
			jdbc.sql("UPDATE institution_institution SET category = 'COMMUNITY_SITE' WHERE id = :id")
				.param("id", community.id())
				.update();
			population(QIANQIAO, 10000);
			population(QIANZHOU, 8000);
			new PlacedChildren(mvc, json, accounts, accountRows, PASSWORD).family(inclusive, "13700013001", "钱小桥",
					TestClock.today().minusMonths(16));
			Figures.settle(jdbc, figures, live, inclusive.id(), ordinary.id(), community.id());
			return officer(admin, "report-huishan", "320206");
		}
		return Logins.login(mvc, "report-huishan", PASSWORD);
	}

	private MockHttpSession officer(MockHttpSession admin, String username, String division) throws Exception {
		return Officers.signedIn(mvc, admin, username, "DISTRICT_ADMIN", division, PASSWORD);
	}

	private void population(String street, long residents) {
		jdbc.sql("""
				INSERT INTO region_population (division_code, year, residents, source) VALUES (:d, :year, :r, 'test')
				ON CONFLICT (division_code, year) DO UPDATE SET residents = :r
				""").param("d", street).param("year", thisYear()).param("r", residents).update();
	}

	private long audits(String division) {
		return jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'statistics.report' AND target_id = :d")
			.param("d", division)
			.query(Long.class)
			.single();
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

	private static List<String> text(Row row) {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		List<String> values = new java.util.ArrayList<>();
		for (Cell cell : row) {
			values.add(formatter.formatCellValue(cell));
		}
		return values;
	}

	private static void assertNumber(Cell cell, double value, String shown) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isCloseTo(value, org.assertj.core.data.Offset.offset(0.00001));
		assertThat(new DataFormatter(Locale.ROOT).formatCellValue(cell)).isEqualTo(shown);
	}

	/**
	 * A per-mille value: the number itself under the format {@code 0.00"‰"}, which Excel shows as
	 * 2.50‰ (POI's formatter would scale a ‰ by 1000 even when quoted, so the format is compared).
	 */
	private static void assertPerMille(Cell cell, double value) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isCloseTo(value, org.assertj.core.data.Offset.offset(0.00001));
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.00\"‰\"");
	}

	private static int thisYear() {
		return TestClock.today().getYear();
	}
}
