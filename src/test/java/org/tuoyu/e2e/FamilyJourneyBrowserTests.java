package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A parent on a phone registers, signs in, adds a child, agrees to photos and adds a pick-up
 * person (the first part of the family journey; applications follow with enrolment).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class FamilyJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "Family2026journey";

	@Test
	void aParentRegistersOnAPhoneAndAddsAChild() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = Browsers.watchedPage(context, errors);
			page.navigate(url("/login"));
			page.click("#register-link");
			page.fill("#phone", "13600000001");
			page.fill("#displayName", "陈妈妈");
			page.fill("#password", PASSWORD);
			page.fill("#confirmPassword", "different2026");
			page.click("#register");
			assertThat(page.locator("#register-form")).containsText("两次输入的密码不一致");
			page.fill("#password", PASSWORD);
			page.fill("#confirmPassword", PASSWORD);
			page.click("#register");
			assertThat(page.locator("#login-registered")).isVisible();
			page.fill("#username", "13600000001");
			page.fill("#password", PASSWORD);
			page.click("#login-submit");
			page.waitForURL(url("/family"));
			assertThat(page.locator("#children")).containsText("还没有登记孩子");

			page.click("#add-child");
			page.fill("#name", "陈小满");
			page.selectOption("#sex", "FEMALE");
			page.fill("#birthDate", "2025-05-20");
			page.selectOption("#relation", "MOTHER");
			page.click("#save-child");
			assertThat(page.locator("#child-name")).hasText("陈小满");
			page.click("#consent-PHOTOS button");
			assertThat(page.locator("#consent-PHOTOS")).containsText("已同意");
			page.fill("#pickup-form #name", "陈外婆");
			page.fill("#pickup-form #relation", "外婆");
			page.fill("#pickup-form #phone", "13512345678");
			page.click("#add-pickup");
			assertThat(page.locator("#pickups")).containsText("135****5678");
			screenshot(page, "30-family-child-phone.png");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
		}
		assertThat(errors).isEmpty();
	}
}
