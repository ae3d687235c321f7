package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.tuoyu.platform.Role;

/**
 * A health worker measures a child on the class's growth page; the child's parent opens the
 * growth record on a phone, sees the measurement as a point on the WHO chart and that the health
 * worker viewed the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + GrowthRecordJourneyBrowserTests.PASSWORD)
class GrowthRecordJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Growth2026journey";

	private static final String STREET = "320213025";

	private static final String GUARDIAN_PHONE = "13700008901";

	@Autowired
	ApplicationContext application;

	UUID child;

	@BeforeAll
	void aChildPlacedInAClass() {
		child = new ChildPlacement(STREET, 28_101, "小树苗托育园", "growth-journey-org", "小树苗托小班",
				"growth-journey-nurse", "保健医生 赵医生", Role.HEALTH_WORKER, GUARDIAN_PHONE, "陈妈妈", "陈小树", PASSWORD).place(application);
	}

	@Test
	void aHealthWorkerMeasuresAndTheParentSeesThePointOnTheChart() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
			.setHasTouch(true))) {
			Page page = login(context, "growth-journey-nurse", PASSWORD, errors);
			page.click("a.nav-link[href='/org/health/checks']");
			page.click("#growth-link");
			page.click("#classes a:has-text('小树苗托小班')");
			assertThat(page.locator("#child-" + child)).containsText("尚未测量");
			page.click("#open-" + child);
			page.fill("#weightKg", "10.1");
			page.fill("#lengthCm", "79.5");
			page.fill("#headCircumferenceCm", "45.6");
			page.click("#growth-save");
			assertThat(page.locator(".alert-success")).containsText("已保存测量记录");
			assertThat(page.locator("#growth-history tbody tr")).hasCount(1);
			assertThat(page.locator("#growth-chart-WEIGHT_FOR_AGE circle.growth-point")).hasCount(1);
			screenshot(page, "growth-record-01-health-worker.png");
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(context, GUARDIAN_PHONE, PASSWORD, errors);
			page.navigate(url("/family/children/" + child));
			page.click("#growth-link");
			assertThat(page.locator("#growth-heading")).hasText("陈小树的生长记录");
			assertThat(page.locator("#growth-chart-WEIGHT_FOR_AGE svg circle.growth-point")).hasCount(1);
			assertThat(page.locator("#growth-chart-LENGTH_FOR_AGE svg path.growth-median")).hasCount(1);
			assertThat(page.locator("#growth-viewers")).containsText("保健医生 赵医生");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "growth-record-02-guardian-phone.png");
		}
		assertThat(errors).isEmpty();
	}
}
