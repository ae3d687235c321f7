package org.tuoyu.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright. Without Chromium, browser tests are skipped with a
 * message, unless {@code TUOYU_E2E_REQUIRED=1} (set by CI), where they fail.
 */
final class Browsers {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TUOYU_CHROMIUM", "/usr/bin/chromium"));

	private Browsers() {
	}

	static void assumeChromium() {
		boolean present = Files.isExecutable(CHROMIUM);
		if (!present && "1".equals(System.getenv("TUOYU_E2E_REQUIRED"))) {
			throw new IllegalStateException("TUOYU_E2E_REQUIRED=1 but no Chromium at " + CHROMIUM
					+ " (install it with: apt-get install -y chromium fonts-wqy-microhei)");
		}
		Assumptions.assumeTrue(present, "Browser tests skipped: no Chromium at " + CHROMIUM
				+ " (apt-get install -y chromium fonts-wqy-microhei)");
	}

	/** A new page that collects console errors and uncaught script errors into {@code errors}. */
	static Page watchedPage(BrowserContext context, List<String> errors) {
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		page.onPageError(errors::add);
		return page;
	}

	static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}
}
