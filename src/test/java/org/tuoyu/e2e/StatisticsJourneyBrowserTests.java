package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;

/**
 * A district administrator opens the statistics dashboard, drills into a street, opens the one map
 * and switches it to the street gap layer, then exports the statistics report as Excel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class StatisticsJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = InstitutionJourneyBrowserTests.PASSWORD;

	/** 滨湖区 华庄街道: no other journey places an institution there. */
	static final String STREET = "320211006";

	@Autowired
	ApplicationContext context;

	@BeforeAll
	void start() {
		new ChildPlacement(STREET, 34_101, "小河马托育园", "stats-journey-org", "小河马托小班", "stats-journey-nurse", "周保健",
				Role.HEALTH_WORKER, "13700034101", "吴妈妈", "吴小河", PASSWORD).place(context);
		var admin = context.getBean(Accounts.class).findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		context.getBean(AccountManagement.class)
			.createOfficer(city, new NewOfficerAccount("stats-journey-binhu", "滨湖区卫健委", Role.DISTRICT_ADMIN, "320211",
					PASSWORD));
	}

	@Test
	void aDistrictAdministratorDrillsIntoAStreetSwitchesTheMapLayerAndExportsExcel() throws Exception {
		List<String> errors = new ArrayList<>();
		try (BrowserContext browserContext = desktop()) {
			Page page = login(browserContext, "stats-journey-binhu", PASSWORD, errors);
			page.navigate(url("/admin/statistics"));
			assertThat(page.locator("h1")).containsText("滨湖区");
			assertThat(page.locator("#indicator-PLACES_PER_1000")).isVisible();
			assertThat(page.locator("#statistics-ranking")).containsText("华庄街道");
			assertThat(page.locator("#ranking-chart")).hasAttribute("data-ready", "true");
			assertThat(page.locator("#trend-chart")).hasAttribute("data-ready", "true");
			screenshot(page, "statistics-01-district-dashboard.png");

			page.click("#statistics-children a:has-text('华庄街道')");
			assertThat(page.locator("h1")).containsText("华庄街道");
			assertThat(page.locator("#statistics-path")).containsText("滨湖区");
			screenshot(page, "statistics-02-street.png");

			page.click("#statistics-path a:has-text('滨湖区')");
			page.click("#open-map");
			assertThat(page.locator("#statistics-map")).hasAttribute("data-ready", "true");
			page.click("#layer-gaps");
			assertThat(page.locator("#statistics-map")).hasAttribute("data-layer", "gaps");
			assertThat(page.locator("#statistics-map")).hasAttribute("data-ready", "true");
			assertThat(page.locator("#gap-table")).containsText("华庄街道");
			screenshot(page, "statistics-03-map-gaps.png");

			page.navigate(url("/admin/statistics"));
			Download download = page.waitForDownload(() -> page.click("#report-xlsx"));
			assertThat(download.suggestedFilename()).endsWith(".xlsx");
			try (InputStream in = Files.newInputStream(download.path()); Workbook workbook = WorkbookFactory.create(in)) {
				assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
				assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("滨湖区");
			}
		}
		assertThat(errors).isEmpty();
	}
}
