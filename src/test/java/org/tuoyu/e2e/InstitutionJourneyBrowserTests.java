package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.DocumentType;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.NewInstitution;
import org.tuoyu.institution.NewSite;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.CreditCodes;

/**
 * An institution submits its filing in the browser, its district files it, the public page shows
 * it and a visitor finds it in the directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class InstitutionJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Journey2026test";

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	@BeforeAll
	void start() {
		var admin = accountRows.findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		accounts.createOfficer(city, new NewOfficerAccount("journey-district", "梁溪区卫健委", Role.DISTRICT_ADMIN, "320213",
				PASSWORD));
		institutions.register(city, new NewInstitution("小星星托育园", CreditCodes.valid(4242), RegistrationType.ENTERPRISE,
				Ownership.PRIVATE, InstitutionCategory.STANDALONE, Set.of(ServiceForm.FULL_DAY), "王园长", "0510-81234567",
				false, null, null, DemonstrationLevel.NONE,
				new NewSite("主园区", "梁溪区解放北路100号", "320213024", new BigDecimal("31.585000"),
						new BigDecimal("120.305000"), 1, new BigDecimal("380"), null),
				"journey-org", PASSWORD));
	}


	@Test
	void aFiledInstitutionIsPublishedAndFoundInTheDirectory() throws Exception {
		List<String> errors = new ArrayList<>();
		Path pdf = Files.createTempFile("filing", ".pdf");
		Files.writeString(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
		try (BrowserContext context = desktop()) {
			Page page = login(context, "journey-org", PASSWORD, errors);
			page.navigate(url("/org/filings"));
			page.click("#open-filing button[type=submit]");
			for (DocumentType type : DocumentType.values()) {
				page.setInputFiles("#file-" + type.name(), pdf);
				page.click("#upload-" + type.name());
				page.waitForLoadState();
			}
			screenshot(page, "10-filing-documents.png");
			page.click("#submit-filing");
			assertThat(page.locator("#open-filing-card")).containsText("已提交，待审核");
		}
		try (BrowserContext context = desktop()) {
			Page page = login(context, "journey-district", PASSWORD, errors);
			page.navigate(url("/admin/filings"));
			assertThat(page.locator("#filing-queue")).containsText("小星星托育园");
			screenshot(page, "11-filing-queue.png");
			page.click("#filing-queue a.btn");
			page.click("#file-filing");
			assertThat(page.locator("#filing-state")).containsText("已备案");
		}
		try (BrowserContext context = desktop()) {
			Page page = Browsers.watchedPage(context, errors);
			page.navigate(url("/directory"));
			page.selectOption("#street", "320213024");
			page.click("#directory-search");
			assertThat(page.locator("#directory-results")).containsText("小星星托育园");
			page.locator("#directory-map path.leaflet-interactive").first().waitFor();
			screenshot(page, "12-directory.png");
			page.click("#directory-results >> text=小星星托育园");
			assertThat(page.locator("#disclosure-name")).hasText("小星星托育园");
			assertThat(page.locator("#disclosure-filing")).containsText("已备案");
			screenshot(page, "13-disclosure.png");
		}
		assertThat(errors).isEmpty();
	}
}
