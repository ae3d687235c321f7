package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.tuoyu.platform.Role;

/**
 * A caregiver with a tablet checks a child in on the class's day page, then records a morning check
 * with fever for her on the class's check page; the child's parent sees the message in the inbox on
 * a phone. A health worker records a periodic check with its report; the parent sees it on the
 * child's health page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + HealthJourneyBrowserTests.PASSWORD)
class HealthJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Health2026journey";

	private static final String STREET = "320213025";

	private static final String GUARDIAN_PHONE = "13700006901";

	@Autowired
	ApplicationContext application;

	UUID child;

	@BeforeAll
	void aChildPlacedInAClass() {
		ChildPlacement placement = new ChildPlacement(STREET, 26_101, "小蜜蜂托育园", "health-journey-org", "小蜜蜂托小班",
				"health-journey-care", "保育员 李老师", Role.CAREGIVER, GUARDIAN_PHONE, "王妈妈", "王小蜜", PASSWORD);
		child = placement.place(application);
		placement.addStaff(application, "health-journey-hw", "保健员 周老师", Role.HEALTH_WORKER);
	}

	@Test
	void aCaregiverRecordsAFeverOnATabletAndTheParentIsTold() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
			.setHasTouch(true))) {
			Page page = login(context, "health-journey-care", PASSWORD, errors);
			// the class's day: one tap checks the child in, and the class shows her present
			page.click("a.nav-link[href='/org/attendance']");
			page.click("#class-ratios a:has-text('小蜜蜂托小班')");
			String card = "#child-" + child;
			assertThat(page.locator(card + " button.check-in")).isVisible();
			page.click(card + " button.check-in");
			assertThat(page.locator(".alert-success")).containsText("已签到入园");
			assertThat(page.locator(card + " .status")).containsText("在园");
			assertThat(page.locator("#live-ratio")).containsText("在园1名幼儿");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "39-attendance-class-tablet.png");
			page.click("a.nav-link[href='/org/health/checks']");
			page.click("#classes a:has-text('小蜜蜂托小班')");
			page.click("#session-MORNING");
			String row = "#child-" + child;
			assertThat(page.locator(row + " .pending")).isVisible();
			page.fill(row + " .temperature", "38.5");
			page.selectOption(row + " select[name=outcome]", "SENT_HOME");
			page.click(row + " button[type=submit]");
			assertThat(page.locator(".alert-success")).containsText("已通知家长");
			assertThat(page.locator(row + " .abnormal")).isVisible();
			assertThat(page.locator(row + " input[value=FEVER]")).isChecked();
			assertThat(page.locator("#progress")).containsText("已检查 1 / 1 人");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "40-health-morning-check-tablet.png");
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(context, GUARDIAN_PHONE, PASSWORD, errors);
			page.navigate(url("/notifications"));
			assertThat(page.locator(".list-group-item-warning").first()).containsText("王小蜜的晨检结果异常：体温38.5℃，症状：发热，处理：劝离回家");
			screenshot(page, "41-guardian-inbox-fever.png");
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void aHealthWorkerRecordsAPeriodicCheckWithItsReportAndTheParentSeesIt() {
		List<String> errors = new ArrayList<>();
		FilePayload report = new FilePayload("report.pdf", "application/pdf",
				"%PDF-1.4 体检报告".getBytes(StandardCharsets.UTF_8));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = login(context, "health-journey-hw", PASSWORD, errors);
			page.click("a.nav-link[href='/org/health/examinations']");
			assertThat(page.locator("#due-" + child)).containsText("王小蜜");
			page.selectOption("#childId", child.toString());
			page.selectOption("#kind", "PERIODIC");
			page.fill("#doctorName", "周医生");
			page.selectOption("#hearing", "PASS");
			page.fill("#haemoglobin", "250");
			page.setInputFiles("#document", report);
			page.click("#save-examination");
			assertThat(page.locator("#examination-form .invalid-feedback")).containsText("血红蛋白须在50到200 g/L之间");
			page.fill("#haemoglobin", "118");
			page.setInputFiles("#document", report);
			page.click("#save-examination");
			assertThat(page.locator(".alert-success")).containsText("体检已记录");
			assertThat(page.locator("#history")).containsText("定期体检");
			assertThat(page.locator("#history")).containsText("118");
			screenshot(page, "42-health-examinations.png");
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(context, GUARDIAN_PHONE, PASSWORD, errors);
			page.navigate(url("/family/children/" + child));
			page.click("#health");
			assertThat(page.locator(".examinations")).containsText("定期体检");
			assertThat(page.locator(".examinations")).containsText("周医生");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "43-family-child-health.png");
		}
		assertThat(errors).isEmpty();
	}
}
