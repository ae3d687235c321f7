package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.NewClass;
import org.tuoyu.institution.NewInstitution;
import org.tuoyu.institution.NewSite;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.TestClock;

/**
 * A parent on a phone registers, adds a child, agrees to photos, adds a pick-up person and applies;
 * the institution offers a place; the parent accepts; the institution's roster shows the child.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class FamilyJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "Family2026journey";

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Accounts accountRows;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void institution() {
		var admin = accountRows.findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		UUID id = institutions.register(city, new NewInstitution("小白兔托育园", CreditCodes.valid(4444),
				RegistrationType.ENTERPRISE, Ownership.PRIVATE, InstitutionCategory.STANDALONE, Set.of(ServiceForm.FULL_DAY),
				"赵园长", "0510-81234569", false, null, null, DemonstrationLevel.NONE,
				new NewSite("主园区", "梁溪区学前街1号", "320213024", new BigDecimal("31.575000"), new BigDecimal("120.302000"),
						1, new BigDecimal("260"), null),
				"family-journey-org", PASSWORD));
		var org = accountRows.findByUsername("family-journey-org").orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(org.id(), org.username(), org.displayName(), Role.INSTITUTION_ADMIN,
				DataScope.institution(id));
		UUID site = institutions.detail(orgAdmin, id).mainSite().id();
		institutions.addClass(orgAdmin, id, new NewClass(site, "小白兔托小班", ClassType.TODDLER, 10));
		// filing has its own journey; here the institution only needs to be open for applications
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
	}

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
			page.fill("#birthDate", TestClock.today().minusMonths(14).toString());
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

			page.click("#apply");
			page.selectOption("#first", new SelectOption().setLabel("小白兔托育园"));
			page.fill("#desiredStart", TestClock.today().plusMonths(1).toString());
			page.click("#submit-application");
			assertThat(page.locator(".standing").first()).containsText("排第1位");
			screenshot(page, "31-family-application-phone.png");
		}
		try (BrowserContext context = desktop()) {
			Page page = login(context, "family-journey-org", PASSWORD, errors);
			page.navigate(url("/org/applications"));
			assertThat(page.locator("#waitlist-TODDLER")).containsText("陈小满");
			page.click("#waitlist-TODDLER button[type=submit]");
			assertThat(page.locator("#offers")).containsText("待答复");
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(context, "13600000001", PASSWORD, errors);
			page.navigate(url("/family/applications"));
			page.click("[id^=offer-] button.btn-success");
			assertThat(page.locator(".alert-success")).containsText("已接受托位");
			assertThat(page.locator("[id^=application-]").first()).containsText("已入托");
		}
		try (BrowserContext context = desktop()) {
			Page page = login(context, "family-journey-org", PASSWORD, errors);
			page.navigate(url("/org/applications"));
			assertThat(page.locator("#class-roster")).containsText("陈小满");
			screenshot(page, "32-institution-roster.png");
			page.click("#class-roster a:has-text('陈小满')");
			assertThat(page.locator("#monthly-fee")).containsText("未定");
			page.fill("#record-form #monthlyFee", "2000");
			page.click("#record-form button[type=submit]");
			assertThat(page.locator(".alert-success")).containsText("入托登记已保存");
			page.setInputFiles("#contract-form input[type=file]", new FilePayload("合同.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
			page.click("#contract-form button[type=submit]");
			assertThat(page.locator(".alert-success")).containsText("合同已上传");
			assertThat(page.locator("#monthly-fee")).containsText("2,000.00元");
			screenshot(page, "33-enrollment-record.png");
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(context, "13600000001", PASSWORD, errors);
			page.navigate(url("/family/applications"));
			assertThat(page.locator("[id^=placement-]")).containsText("2,000.00元");
			page.click("[id^=placement-] a:has-text('月度账单')");
			page.fill("#month-form input[name=month]", TestClock.thisMonth().plusMonths(2).toString());
			page.click("#month-form button[type=submit]");
			assertThat(page.locator(".statement .amount-due")).containsText("2,000.00元");
			screenshot(page, "34-family-statement-phone.png");
		}
		assertThat(errors).isEmpty();
	}
}
