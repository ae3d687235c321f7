package org.tuoyu.e2e;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey needs: Chromium (skipped if absent, unless required), the server's
 * address, a desktop-sized context, signing in and screenshots in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	int port;

	Playwright playwright;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		Browsers.assumeChromium();
		playwright = Browsers.playwright();
		browser = Browsers.launch(playwright);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	BrowserContext desktop() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
	}

	/** A watched page signed in as the user. */
	Page login(BrowserContext context, String username, String password, List<String> errors) {
		Page page = Browsers.watchedPage(context, errors);
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("#login-submit");
		page.waitForLoadState();
		return page;
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}
}
