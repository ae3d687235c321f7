package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.institution.DemonstrationLevel;
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
 * A district administrator enrols two inspectors, makes a plan for one town, seals and draws it;
 * then an anonymous visitor opens the public draw, verifies it (✓) and finds that a changed seed
 * fails (✗). Uses 江阴 华士镇 320281107 and周庄镇 320281108 and serials 35101–35103 only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class DrawJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = InstitutionJourneyBrowserTests.PASSWORD;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	void start() {
		var admin = context.getBean(Accounts.class).findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		AccountManagement accounts = context.getBean(AccountManagement.class);
		accounts.createOfficer(city,
				new NewOfficerAccount("sv-a-journey-admin", "江阴市卫健委 沈", Role.DISTRICT_ADMIN, "320281", PASSWORD));
		accounts.createOfficer(city,
				new NewOfficerAccount("sv-a-journey-insp-1", "检查员 甲", Role.INSPECTOR, "320281", PASSWORD));
		accounts.createOfficer(city,
				new NewOfficerAccount("sv-a-journey-insp-2", "检查员 乙", Role.INSPECTOR, "320281", PASSWORD));
		InstitutionManagement institutions = context.getBean(InstitutionManagement.class);
		for (int serial = 35_101; serial <= 35_103; serial++) {
			UUID id = institutions.register(city, new NewInstitution("华士抽查托育园 " + serial, CreditCodes.valid(serial),
					RegistrationType.ENTERPRISE, Ownership.PRIVATE, InstitutionCategory.STANDALONE,
					Set.of(ServiceForm.FULL_DAY), "钱园长", "0510-81234570", false, null, null, DemonstrationLevel.NONE,
					new NewSite("主园区", "华士镇华西路" + serial + "号", "320281107", new BigDecimal("31.820000"),
							new BigDecimal("120.450000"), 1, new BigDecimal("300"), null),
					"sv-a-journey-org-" + serial, PASSWORD));
			context.getBean(JdbcClient.class)
				.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id")
				.param("id", id)
				.update();
		}
	}

	@Test
	void anAdministratorSealsAndDrawsAPlanAndAVisitorVerifiesIt() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext browserContext = desktop()) {
			Page page = login(browserContext, "sv-a-journey-admin", PASSWORD, errors);
			page.click("#nav-supervision");
			page.click("#nav-plans");
			page.click("a[href='/admin/supervision/inspectors']");
			for (String name : List.of("检查员 甲", "检查员 乙")) {
				page.selectOption("#accountId", new com.microsoft.playwright.options.SelectOption().setLabel(
						name + " (" + (name.endsWith("甲") ? "sv-a-journey-insp-1" : "sv-a-journey-insp-2") + ")"));
				page.click("#enrol");
				assertThat(page.locator("#inspectors")).containsText(name);
			}
			screenshot(page, "draws-01-inspectors.png");

			page.navigate(url("/admin/supervision/plans/new"));
			page.fill("#name", "sv-a 华士镇 2060 抽查");
			page.fill("#divisionCode", "320281");
			page.fill("#periodStart", "2060-01-01");
			page.fill("#periodEnd", "2060-03-31");
			page.selectOption("#sampling", "COUNT");
			page.fill("#samplingValue", "2");
			page.fill("#streets", "320281107");
			page.fill("#risk-weight-credit", "150");
			page.click("#save-plan");
			assertThat(page.locator("#plan-status")).containsText("草稿");
			assertThat(page.locator("#plan-risk-weights")).containsText("信用等级 150%");
			assertThat(page.locator("#draw-candidates")).containsText("华士抽查托育园 35101");
			page.click("#seal");
			assertThat(page.locator("#plan-status")).containsText("已封存");
			assertThat(page.locator("#seed-hash")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
			page.click("#draw");
			assertThat(page.locator("#plan-status")).containsText("已抽取");
			assertThat(page.locator("#draw-result tbody tr")).hasCount(2);
			screenshot(page, "draws-02-plan-drawn.png");
			String publicPath = page.locator("#public-link").getAttribute("href");

			Page visitor = Browsers.watchedPage(browser.newContext(), errors);
			visitor.navigate(url("/directory/draws"));
			visitor.click("text=sv-a 华士镇 2060 抽查");
			assertThat(visitor).hasURL(java.util.regex.Pattern.compile(".*" + publicPath + "$"));
			assertThat(visitor.locator("#seed")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
			assertThat(visitor.locator("#draw-risk-weights")).containsText("信用等级 150%");
			visitor.click("#verify");
			assertThat(visitor.locator("#check-verdict")).containsText("✓");
			assertThat(visitor.locator("#check-result")).containsText("✓");
			screenshot(visitor, "draws-03-verified.png");

			visitor.click("#verify-yourself");
			String seed = visitor.inputValue("#seed");
			visitor.fill("#seed", (seed.charAt(0) == 'a' ? "b" : "a") + seed.substring(1));
			visitor.click("#recompute");
			assertThat(visitor.locator("#check-verdict")).containsText("✗");
			assertThat(visitor.locator("#check-seedHash")).containsText("✗");
			screenshot(visitor, "draws-04-tampered-seed.png");
		}
		assertThat(errors).isEmpty();
	}
}
