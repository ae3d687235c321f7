package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.TestClock;

/**
 * An institution's administrator fills in and submits the yearly quality self-assessment (first
 * with a score above a dimension's points), the district administrator approves it and records a
 * commendation, and the public disclosure page shows the credit tier and the grade.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class CreditGradingJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = InstitutionJourneyBrowserTests.PASSWORD;

	/** 锡山区 东亭街道 (this part's streets). */
	static final String STREET = "320205103";

	static final Map<String, String> SCORES = Map.of("CONDITIONS", "14", "STAFF", "13", "CARE", "18", "HEALTH_CARE",
			"14", "PARENTING_SUPPORT", "9", "SAFETY", "14", "MANAGEMENT", "9");

	@Autowired
	ApplicationContext context;

	UUID institution;

	@BeforeAll
	void start() {
		new ChildPlacement(STREET, 37_201, "小海豚托育园", "sv-c-journey-org", "小海豚托小班", "sv-c-journey-care", "沈保育",
				Role.CAREGIVER, "13700037201", "顾妈妈", "顾小豚", PASSWORD).place(context);
		Accounts accounts = context.getBean(Accounts.class);
		institution = accounts.findByUsername("sv-c-journey-org").orElseThrow().scope().institutionId();
		var admin = accounts.findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		context.getBean(AccountManagement.class)
			.createOfficer(city, new NewOfficerAccount("sv-c-journey-xishan", "锡山区卫健委", Role.DISTRICT_ADMIN, "320205",
					PASSWORD));
	}

	@Test
	void anAssessmentIsSubmittedApprovedAndPublishedWithTheCreditTier() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext browserContext = desktop()) {
			Page org = login(browserContext, "sv-c-journey-org", PASSWORD, errors);
			org.navigate(url("/org/supervision/assessments"));
			org.click("#start-assessment-button");
			assertThat(org.locator("#assessment-status")).containsText("自评中");
			SCORES.forEach((dimension, score) -> org.fill("#score-" + dimension, score));
			org.fill("#score-CARE", "25");
			org.fill("#note-SAFETY", "每季度开展消防演练");
			org.click("#submit-assessment");
			assertThat(org.locator("#score-CARE")).hasClass(Pattern.compile("is-invalid"));
			assertThat(org.locator("#scores-form")).containsText("0 到 20");
			screenshot(org, "credit-grading-01-score-error.png");
			org.fill("#score-CARE", "18");
			assertThat(org.locator("#score-SAFETY")).hasValue("14");
			org.click("#submit-assessment");
			assertThat(org.locator("#assessment-status")).containsText("待审核");
			assertThat(org.locator("h1")).containsText(String.valueOf(TestClock.today().getYear()));
			screenshot(org, "credit-grading-02-submitted.png");
		}
		try (BrowserContext browserContext = desktop()) {
			Page district = login(browserContext, "sv-c-journey-xishan", PASSWORD, errors);
			district.navigate(url("/admin/supervision/assessments?status=SUBMITTED"));
			district.click("#assessments tr:has-text('小海豚托育园') a");
			assertThat(district.locator("#score-SAFETY")).hasValue("14");
			district.fill("#comment", "材料齐全");
			district.click("#approve-assessment");
			assertThat(district.locator("#assessment-grade")).containsText("优秀");
			screenshot(district, "credit-grading-03-approved.png");

			district.navigate(url("/admin/supervision/credit/" + institution));
			district.selectOption("#kind", "COMMENDATION");
			district.fill("#reason", "托育服务质量提升行动表现突出");
			district.fill("#documentNumber", "锡卫奖〔2026〕9号");
			district.fill("#occurredOn", TestClock.today().toString());
			district.click("#record-credit-event");
			assertThat(district.locator("#credit-score")).hasText("95");
			assertThat(district.locator("#credit-history")).containsText("锡卫奖〔2026〕9号");
			screenshot(district, "credit-grading-04-credit.png");
		}
		try (BrowserContext browserContext = desktop()) {
			Page visitor = Browsers.watchedPage(browserContext, errors);
			visitor.navigate(url("/directory/institutions/" + institution));
			assertThat(visitor.locator("#disclosure-credit")).containsText("A级");
			assertThat(visitor.locator("#disclosure-credit")).containsText("质量等级：优秀");
			assertThat(visitor.locator("#disclosure-credit")).not().containsText("95");
			screenshot(visitor, "credit-grading-05-public.png");
		}
		assertThat(errors).isEmpty();
	}
}
