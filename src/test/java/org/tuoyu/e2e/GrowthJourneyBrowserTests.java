package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import org.tuoyu.test.TestClock;

/**
 * A parent without an account opens the growth calculator from the home page on a phone, enters a
 * measurement and reads the z-scores; a weight typed in the wrong unit is refused next to the
 * field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class GrowthJourneyBrowserTests extends BrowserJourney {

	/** Sex, a birth date that many days ago, today as the day of the measurement, weight and length. */
	static void fill(Page page, String sex, int ageDays, String kg, String cm) {
		LocalDate today = TestClock.today();
		page.check("label:has-text('" + sex + "')");
		page.fill("#birthDate", today.minusDays(ageDays).toString());
		page.fill("#measuredOn", today.toString());
		page.fill("#weightKg", kg);
		page.fill("#lengthCm", cm);
	}

	@Test
	void aParentChecksHerDaughtersGrowthWithoutAnAccount() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = Browsers.watchedPage(context, errors);
			page.navigate(url("/"));
			page.click("#landing-growth");
			assertThat(page.locator("h1")).hasText("儿童生长评价（WHO儿童生长标准）");
			fill(page, "女", 400, "9.0", "75.5");
			page.selectOption("#lengthMethod", "STANDING");
			page.fill("#headCircumferenceCm", "45.2");
			page.click("#growth-calculate");
			assertThat(page.locator("#growth-age")).hasText("测量时日龄 400 天");
			assertThat(page.locator("#growth-LENGTH_FOR_AGE")).containsText("76.2 厘米");
			assertThat(page.locator("#growth-LENGTH_FOR_AGE")).containsText("按身长");
			assertThat(page.locator("#growth-WEIGHT_FOR_LENGTH")).containsText("正常");
			assertThat(page.locator("#growth-HEAD_CIRCUMFERENCE_FOR_AGE")).containsText("正常");
			screenshot(page, "growth-01-results-phone.png");

			page.fill("#weightKg", "9000");
			page.click("#growth-calculate");
			assertThat(page.locator("#weightKg")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
			assertThat(page.locator(".invalid-feedback")).containsText("体重应在0.5至60千克之间，您填写的是9000千克");
			assertThat(page.locator("#growth-results")).hasCount(0);
			screenshot(page, "growth-02-refused-phone.png");
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void onADesktopTheResultsSitBesideTheForm() {
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.navigate(url("/growth/calculator"));
			fill(page, "男", 1000, "11.0", "96.0");
			page.click("#growth-calculate");
			assertThat(page.locator("#growth-age")).hasText("测量时日龄 1000 天");
			assertThat(page.locator("#growth-LENGTH_FOR_AGE")).containsText("按身高");
			assertThat(page.locator("#growth-HEAD_CIRCUMFERENCE_FOR_AGE")).containsText("缺少测量值");
			screenshot(page, "growth-03-results-desktop.png");
		}
	}
}
