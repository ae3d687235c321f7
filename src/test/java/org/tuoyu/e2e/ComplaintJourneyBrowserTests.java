package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.TestClock;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A parent reports a problem from an institution's public page anonymously and keeps the tracking
 * code; the district administrator investigates and upholds it with a public reply; the parent
 * sees the reply with the code. The same administrator then opens a closure case for the
 * institution, sees the enrolled child with its proposal and confirms it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class ComplaintJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = InstitutionJourneyBrowserTests.PASSWORD;

	/** 锡山区 安镇街道 (320205106): only the supervision complaints tests use it. */
	static final String STREET = "320205106";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	UUID institution;

	@BeforeAll
	void start() {
		new ChildPlacement(STREET, 38_901, "小海燕托育园", "sv-d-journey-org", "海豚托小班", "sv-d-journey-nurse", "赵保健",
				Role.HEALTH_WORKER, "13700038901", "孙妈妈", "孙小海", PASSWORD).place(context);
		institution = jdbc.sql("SELECT id FROM institution_institution WHERE name = '小海燕托育园'").query(UUID.class).single();
		var admin = context.getBean(Accounts.class).findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		context.getBean(AccountManagement.class)
			.createOfficer(city, new NewOfficerAccount("sv-d-journey-xishan", "锡山区卫健委", Role.DISTRICT_ADMIN, "320205",
					PASSWORD));
	}

	@Test
	void aParentReportsAProblemTheDistrictUpholdsItAndAClosureIsPlanned() {
		List<String> errors = new ArrayList<>();
		String code;
		try (BrowserContext browserContext = desktop()) {
			Page page = Browsers.watchedPage(browserContext, errors);
			page.navigate(url("/directory/institutions/" + institution));
			page.click("#disclosure-complaint a[href*='/directory/complaints/new']");
			assertThat(page.locator("#complaint-institution")).hasText("小海燕托育园");
			page.selectOption("#category", "SAFETY");
			page.fill("#description", "太短");
			page.click("#submit-complaint");
			assertThat(page.locator("#description")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
			page.fill("#description", "午睡室的窗户没有安装防护栏，孩子可以爬上窗台。");
			screenshot(page, "complaint-01-form.png");
			page.click("#submit-complaint");
			assertThat(page.locator("#tracking-code")).isVisible();
			code = page.locator("#tracking-code").innerText().trim();
			screenshot(page, "complaint-02-received.png");
		}
		try (BrowserContext browserContext = desktop()) {
			Page page = login(browserContext, "sv-d-journey-xishan", PASSWORD, errors);
			page.navigate(url("/admin/supervision/complaints"));
			page.click("#complaints tr:has-text('小海燕托育园') a");
			assertThat(page.locator("#complainant")).hasText("匿名");
			page.fill("#internalNote", "内部：安排突击夜查");
			page.click("#investigate");
			assertThat(page.locator("#complaint-status")).hasText("调查中");
			page.check("#upheld-true");
			page.fill("#publicReply", "经现场检查属实，已责令机构限期安装窗户防护栏。");
			page.click("#decide");
			assertThat(page.locator("#complaint-status")).hasText("举报属实");
			screenshot(page, "complaint-03-decided.png");

			page.navigate(url("/admin/supervision/closures"));
			page.selectOption("#institutionId", institution.toString());
			page.fill("#reason", "举办者申请停办");
			page.fill("#plannedClosingOn", TestClock.today().plusDays(30).toString());
			page.click("#open-closure-submit");
			assertThat(page.locator("#transfers")).containsText("孙*");
			screenshot(page, "closure-01-plan.png");
			page.click("#confirm-closure");
			assertThat(page.locator("#closure-status")).hasText("转移中");
			assertThat(page.locator("#transfers")).containsText("已通知家长");
		}
		try (BrowserContext browserContext = desktop()) {
			Page page = Browsers.watchedPage(browserContext, errors);
			page.navigate(url("/directory/complaints/track"));
			page.fill("#trackingCode", code);
			page.click("#track-complaint");
			assertThat(page.locator("#tracking-status")).hasText("举报属实");
			assertThat(page.locator("#tracking-reply")).containsText("防护栏");
			assertThat(page.locator("#tracking")).not().containsText("突击夜查");
			screenshot(page, "complaint-04-tracked.png");
		}
		assertThat(errors).isEmpty();
	}
}
