package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Account;
import org.tuoyu.platform.account.Accounts;

/**
 * The city administrator's first journey in a real browser: log in, open the division tree and
 * the district map, switch language; plus the friendly error pages. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + PlatformJourneyBrowserTests.PASSWORD)
@Import({ PlatformJourneyBrowserTests.FailingPage.class, PlatformJourneyBrowserTests.FailingApi.class })
class PlatformJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Browser2026test";

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	/** A page that fails, to show the 500 page. */
	@Controller
	static class FailingPage {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("boom in a page");
		}

		@GetMapping("/test/duplicate")
		String duplicate() {
			throw new org.springframework.dao.DuplicateKeyException("duplicate key value violates unique constraint");
		}
	}

	/** An API call that fails, to show the problem answer. */
	@RestController
	static class FailingApi {

		@GetMapping("/api/v1/test/failure")
		String fail() {
			throw new IllegalStateException("boom in the API");
		}
	}

	private Page loggedInPage(BrowserContext context, List<String> consoleErrors) {
		Page page = Browsers.watchedPage(context, consoleErrors);
		page.navigate(url("/login"));
		assertThat(page.locator("h1")).hasText("登录托育服务平台");
		screenshot(page, "01-login-zh.png");
		page.fill("#username", "admin");
		page.fill("#password", PASSWORD);
		page.click("#login-submit");
		page.waitForURL(url("/admin"));
		return page;
	}

	@Test
	void cityAdminBrowsesDivisionsAndTheMapInBothLanguages() {
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext context = desktop()) {
			Page page = loggedInPage(context, consoleErrors);
			assertThat(page.locator("h1")).containsText("您好");

			page.click("text=行政区划");
			page.waitForURL(url("/admin/regions/3202"));
			assertThat(page.locator("#division-name")).hasText("无锡市");
			assertThat(page.locator("#row-320213")).containsText("985,465");
			page.locator("#row-320213 button").click();
			assertThat(page.locator("#row-320213021")).containsText("崇安寺街道");
			screenshot(page, "02-division-tree.png");

			page.click("nav >> text=区划地图");
			page.waitForURL(url("/admin/regions/map"));
			page.locator("path[data-code='320213']").waitFor();
			assertThat(page.locator("#region-map .map-label")).hasCount(7);
			page.locator("path[data-code='320213']").click(new com.microsoft.playwright.Locator.ClickOptions().setForce(true));
			assertThat(page.locator("#map-selected")).hasText("梁溪区");
			assertThat(page.locator("#map-panel")).containsText("985,465");
			assertThat(page.locator("#map-streets")).containsText("崇安寺街道");
			screenshot(page, "03-district-map.png");

			page.click("#lang-en");
			assertThat(page.locator("nav")).containsText("Divisions");
			assertThat(page.locator("h1")).containsText("Districts of");
			screenshot(page, "04-map-en.png");
			page.click("#lang-zh");
			assertThat(page.locator("nav")).containsText("行政区划");
		}
		assertThat(consoleErrors).as("no script errors, no CSP violations").isEmpty();
	}

	@Test
	void aGuardianUsesTheFamilyFaceAtPhoneWidth() {
		accounts.insert(new Account(UUID.randomUUID(), "phone-parent", "家长 王芳", encoder.encode(PASSWORD), Role.GUARDIAN,
				null, null, null, true, 0, null, null), null);
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = Browsers.watchedPage(context, consoleErrors);
			page.navigate(url("/login"));
			page.fill("#username", "phone-parent");
			page.fill("#password", PASSWORD);
			page.click("#login-submit");
			page.waitForURL(url("/family"));
			assertThat(page.locator("h1")).containsText("家长 王芳");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no horizontal scrolling at phone width")
				.isTrue();
			page.click(".navbar-toggler");
			page.locator("#nav.show").waitFor();
			assertThat(page.locator("#inbox-link")).isVisible();
			screenshot(page, "06-family-phone.png");
			assertThat(consoleErrors).isEmpty();
			assertThat(page.navigate(url("/admin/regions")).status()).isEqualTo(403);
			assertThat(page.locator("h1")).hasText("没有权限");
		}
	}

	@Test
	void swaggerUiWorksUnderTheContentSecurityPolicy() {
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext context = browser.newContext()) {
			Page page = Browsers.watchedPage(context, consoleErrors);
			page.navigate(url("/swagger-ui.html"));
			page.getByText("/api/v1/me").first().waitFor();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("07-swagger-ui.png")));
		}
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void errorPagesAreFriendlyAndNeverShowAStackTrace() throws Exception {
		List<String> consoleErrors = new ArrayList<>();
		try (BrowserContext context = browser.newContext()) {
			Page page = loggedInPage(context, consoleErrors);
			assertThat(page.navigate(url("/no/such/page")).status()).isEqualTo(404);
			assertThat(page.locator("h1")).hasText("页面不存在");
			assertThat(page.navigate(url("/test/failure")).status()).isEqualTo(500);
			assertThat(page.locator("h1")).hasText("系统出错了");
			assertThat(page.content()).doesNotContain("IllegalStateException").doesNotContain("boom");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("05-error-500.png")));
			assertThat(page.navigate(url("/test/duplicate")).status()).isEqualTo(409);
			assertThat(page.locator("h1")).hasText("数据已存在");
			assertThat(page.content()).doesNotContain("unique constraint");
			APIResponse apiFailure = context.request().get(url("/api/v1/test/failure"));
			assertThat(apiFailure.status()).isEqualTo(500);
			assertThat(apiFailure.headers().get("content-type")).startsWith("application/problem+json");
			assertThat(apiFailure.text()).contains("urn:tuoyu:problem:internal").doesNotContain("boom")
				.doesNotContain("IllegalStateException");
		}
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> unauthenticated = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/me"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(unauthenticated.statusCode()).isEqualTo(401);
		assertThat(unauthenticated.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(url("/directory/nothing-here")))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("页面不存在").doesNotContain("Whitelabel");
		HttpResponse<String> failure = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/test/failure")))
			.header("Authorization", "Bearer tuoyu_not-a-token")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(failure.statusCode()).isEqualTo(401);
	}
}
