package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
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
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.NewChild;
import org.tuoyu.family.Relation;
import org.tuoyu.guidance.services.ServiceKind;
import org.tuoyu.guidance.sessions.NewCommission;
import org.tuoyu.guidance.sessions.NewProvider;
import org.tuoyu.guidance.sessions.NewSession;
import org.tuoyu.guidance.sessions.ProviderKind;
import org.tuoyu.guidance.sessions.ProviderManagement;
import org.tuoyu.guidance.sessions.SessionManagement;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.shared.Sex;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.TestClock;

/**
 * A guardian books a free guidance session near home on a phone, the provider's worker opens the
 * session's QR page, the guardian's phone opens its check-in link, and the family's counter moves
 * to 1/6 while the district's guidance rate on the regulators' dashboard moves from no records to
 * the child just guided.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + GuidanceSessionJourneyBrowserTests.PASSWORD)
class GuidanceSessionJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Gses2026journey";

	private static final String STREET = "320213021";

	private static final String COMMUNITY = "320213021001";

	private static final String GUARDIAN_PHONE = "13600449001";

	private static final String WORKER = "gses-journey-worker";

	@Autowired
	ApplicationContext application;

	UUID session;

	UUID commission;

	@BeforeAll
	void aSessionStartingSoonNearTheFamily() {
		Accounts accounts = application.getBean(Accounts.class);
		ProviderManagement providers = application.getBean(ProviderManagement.class);
		var admin = accounts.findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		UUID provider = providers.register(city, new NewProvider("崇安寺街道社区卫生服务中心", ProviderKind.COMMUNITY_HEALTH_CENTRE,
				CreditCodes.valid(44_201), "孙主任", "0510-82700001", "320213"));
		UUID workerId = providers.addWorker(city, provider, WORKER, "指导员 小周", PASSWORD);
		commission = providers.commission(city, new NewCommission(provider, "崇安寺街道居家育儿指导", STREET,
				TestClock.today().minusDays(10), TestClock.today().plusDays(90), 20, new BigDecimal("50000.00")));
		CurrentUser worker = new CurrentUser(workerId, WORKER, "指导员 小周", Role.GUIDANCE_PROVIDER, DataScope.provider(provider));
		LocalDateTime start = TestClock.cityNow().plusMinutes(10).withSecond(0).withNano(0);
		session = application.getBean(SessionManagement.class)
			.schedule(worker, new NewSession(commission, ServiceKind.PARENT_CHILD, "TODDLER_LANGUAGE", COMMUNITY,
					"崇安寺社区亲子活动室", new BigDecimal("31.580000"), new BigDecimal("120.300000"), null, 12, start,
					start.plusHours(1)));
		UUID guardianId = application.getBean(AccountManagement.class).registerGuardian(GUARDIAN_PHONE, "周妈妈", PASSWORD);
		CurrentUser guardian = new CurrentUser(guardianId, GUARDIAN_PHONE, "周妈妈", Role.GUARDIAN,
				DataScope.guardian(guardianId));
		application.getBean(FamilyManagement.class)
			.addChild(guardian, new NewChild("周小禾", Sex.FEMALE, TestClock.today().minusMonths(14), null, Relation.MOTHER));
	}

	@Test
	void aGuardianBooksNearHomeChecksInWithTheQrLinkAndTheCounterAndTheDistrictsRateMove() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext desk = desktop()) {
			Page district = login(desk, "admin", PASSWORD, errors);
			district.navigate(url("/admin/statistics?division=320213"));
			assertThat(district.locator("#indicator-GUIDANCE_RATE")).containsText("尚无育儿指导记录");
		}
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(phone, GUARDIAN_PHONE, PASSWORD, errors);
			page.navigate(url("/family/guidance"));
			assertThat(page.locator("#family-quota")).containsText("预约一次活动后开始计数");
			page.click("#nav-family-sessions");
			page.selectOption("#street", STREET);
			page.click("#home-submit");
			page.selectOption("#community", COMMUNITY);
			page.click("#home-submit");
			assertThat(page.locator("#choice-" + session)).containsText("本社区");
			assertThat(page.locator("#choice-" + session)).containsText("适合孩子月龄");
			screenshot(page, "guidance-sessions-01-near-home-phone.png");
			page.click("#book-" + session);
			assertThat(page.locator(".alert-success")).containsText("预约成功");
			assertThat(page.locator("main")).containsText("崇安寺社区亲子活动室");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "guidance-sessions-02-booked-phone.png");

			String checkInLink;
			try (BrowserContext desk = desktop()) {
				Page provider = login(desk, WORKER, PASSWORD, errors);
				provider.navigate(url("/provider/guidance/sessions"));
				provider.click("#session-" + session);
				assertThat(provider.locator("#roster")).containsText("周小禾");
				provider.click("#show-qr");
				assertThat(provider.locator("#qr-image")).isVisible();
				checkInLink = provider.locator("#check-in-link").getAttribute("href");
				screenshot(provider, "guidance-sessions-03-provider-qr.png");
			}
			assertThat(checkInLink).contains("/family/guidance/sessions/" + session + "/check-in?token=");

			page.navigate(checkInLink);
			assertThat(page.locator("main")).containsText("周小禾");
			page.click("#check-in-submit");
			assertThat(page.locator(".alert-success")).containsText("签到成功");
			assertThat(page.locator("#family-quota")).containsText("今年已参加 1/6 次免费指导");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "guidance-sessions-04-counter-phone.png");
		}
		try (BrowserContext desk = desktop()) {
			Page district = login(desk, "admin", PASSWORD, errors);
			district.navigate(url("/admin/statistics?division=320213"));
			assertThat(district.locator("#indicator-GUIDANCE_RATE")).containsText("100.00%");
			assertThat(district.locator("#indicator-GUIDANCE_RATE")).containsText("分子 1 ／ 分母 1");
			assertThat(district.locator("#indicator-COMMUNITY_SERVICE_COVERAGE")).isVisible();
			screenshot(district, "guidance-sessions-05-district-rate.png");
			district.navigate(url("/admin/guidance/commissions"));
			district.click("#commission-" + commission + " a");
			assertThat(district.locator("#figure-attendances")).hasText("1");
			assertThat(district.locator("#figure-children")).hasText("1");
			assertThat(district.locator("#delivered-" + session)).containsText("崇安寺社区");
			screenshot(district, "guidance-sessions-06-commission-delivery.png");
			district.navigate(url("/admin/guidance/quota"));
			assertThat(district.locator("#behind-areas")).containsText("梁溪区");
			district.click("#behind-areas a >> text=梁溪区");
			assertThat(district.locator("#area-name")).hasText("梁溪区");
			screenshot(district, "guidance-sessions-07-quota-by-area.png");
		}
		assertThat(errors).isEmpty();
	}
}
