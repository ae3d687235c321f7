package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

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
import org.tuoyu.supervision.ChecklistResult;
import org.tuoyu.supervision.InspectionManagement;
import org.tuoyu.supervision.InspectionStatus;
import org.tuoyu.supervision.InspectorManagement;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.TestClock;

/**
 * The supervision journey: the district draws a plan's target and inspector at random;
 * the drawn inspector records an item not met with a photo and a finding and concludes; the
 * district publishes the result; the public list and the institution's public page show it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class SupervisionJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = InstitutionJourneyBrowserTests.PASSWORD;

	/** 宜兴 street reserved for the inspections part. */
	static final String STREET = "320282103";

	static final String INSTITUTION = "青苗检查托育园";

	@Autowired
	ApplicationContext context;

	UUID institutionId;

	CurrentUser yixing;

	@BeforeAll
	void enrol() {
		Accounts accounts = context.getBean(Accounts.class);
		AccountManagement accountManagement = context.getBean(AccountManagement.class);
		var admin = accounts.findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		institutionId = context.getBean(InstitutionManagement.class)
			.register(city, new NewInstitution(INSTITUTION, CreditCodes.valid(36_500), RegistrationType.ENTERPRISE,
					Ownership.PRIVATE, InstitutionCategory.STANDALONE, Set.of(ServiceForm.FULL_DAY), "唐园长",
					"0510-87654321", false, null, null, DemonstrationLevel.NONE,
					new NewSite("主园区", "宜兴市宜城街道1号", STREET, new BigDecimal("31.360000"),
							new BigDecimal("119.820000"), 1, new BigDecimal("300"), null),
					"sv-b-e2e-org", PASSWORD));
		context.getBean(JdbcClient.class)
			.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id")
			.param("id", institutionId)
			.update();
		accountManagement.createOfficer(city,
				new NewOfficerAccount("sv-b-e2e-yixing", "宜兴市卫健委", Role.DISTRICT_ADMIN, "320282", PASSWORD));
		UUID inspectorId = accountManagement.createOfficer(city,
				new NewOfficerAccount("sv-b-e2e-inspector", "检查员小宜", Role.INSPECTOR, "320282", PASSWORD));
		var district = accounts.findByUsername("sv-b-e2e-yixing").orElseThrow();
		yixing = new CurrentUser(district.id(), district.username(), district.displayName(), Role.DISTRICT_ADMIN,
				district.scope());
		context.getBean(InspectorManagement.class).enrol(yixing, inspectorId);
	}

	/** The drawn inspection, once the draw's event has scheduled it; most items already walked through. */
	private UUID scheduledInspection() throws InterruptedException {
		InspectionManagement inspections = context.getBean(InspectionManagement.class);
		for (int attempt = 0; attempt < 100; attempt++) {
			var scheduled = inspections.list(yixing, false, InspectionStatus.SCHEDULED, null, false)
				.stream()
				.filter(inspection -> inspection.institutionId().equals(institutionId))
				.findFirst();
			if (scheduled.isPresent()) {
				UUID id = scheduled.get().id();
				for (var item : inspections.detail(yixing, id).items()) {
					if (!item.code().equals("A02")) {
						inspections.recordItem(yixing, id, item.code(), ChecklistResult.MET, null);
					}
				}
				return id;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the draw scheduled no inspection");
	}

	@Test
	void theDistrictDrawsTheInspectorRecordsAndThePublicSeesThePublishedResult() throws Exception {
		List<String> errors = new ArrayList<>();
		Path photo = Files.createTempFile("evidence", ".png");
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
		int year = TestClock.today().getYear();
		try (BrowserContext browserContext = desktop()) {
			Page page = login(browserContext, "sv-b-e2e-yixing", PASSWORD, errors);
			page.navigate(url("/admin/supervision/plans/new"));
			page.fill("#name", "宜兴官林 " + year + " 双随机抽查");
			page.fill("#divisionCode", "320282");
			page.fill("#periodStart", year + "-01-01");
			page.fill("#periodEnd", year + "-12-31");
			page.selectOption("#sampling", "COUNT");
			page.fill("#samplingValue", "1");
			page.fill("#inspectorsPerInstitution", "1");
			page.fill("#streets", STREET);
			page.click("#save-plan");
			assertThat(page.locator("#draw-candidates")).containsText(INSTITUTION);
			page.click("#seal");
			assertThat(page.locator("#seed-hash")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
			page.click("#draw");
			assertThat(page.locator("#draw-result")).containsText(INSTITUTION);
			assertThat(page.locator("#draw-result")).containsText("检查员小宜");
			screenshot(page, "supervision-01-drawn.png");
		}
		scheduledInspection();
		try (BrowserContext browserContext = desktop()) {
			Page page = login(browserContext, "sv-b-e2e-inspector", PASSWORD, errors);
			page.click("#nav-supervision");
			assertThat(page.locator("#count-scheduled")).containsText("1");
			page.click("#nav-inspections");
			page.click("#link-mine");
			page.click("#inspections a:has-text('" + INSTITUTION + "')");
			assertThat(page.locator("#inspection-institution")).hasText(INSTITUTION);
			assertThat(page.locator("#checklist")).containsText("安全保障");

			page.locator("#item-A02 select[name=result]").selectOption("NOT_MET");
			page.locator("#item-A02 form").first().locator("button").click();
			assertThat(page.locator("#item-A02 select[name=result]")).hasValue("NOT_MET");
			page.locator("#item-A02 input[type=file]").setInputFiles(photo);
			page.locator("#item-A02 form").nth(1).locator("button").click();
			assertThat(page.locator("#item-A02 .evidence-photo")).hasCount(1);

			page.selectOption("#outcome", "COMPLIANT");
			page.click("#conclude");
			assertThat(page.locator("#conclusion-form")).containsText("检查项 A02 记为不符合，须记录至少一个问题");

			page.selectOption("#itemCode", "A02");
			page.selectOption("#severity", "MINOR");
			page.fill("#description", "消防演练记录不全");
			page.click("#add-finding");
			assertThat(page.locator("#finding-list")).containsText("消防演练记录不全");
			page.selectOption("#outcome", "RECTIFY");
			page.fill("#conclusion", "限期补齐演练记录");
			page.click("#conclude");
			assertThat(page.locator("#inspection-outcome")).hasText("限期整改");
			assertThat(page.locator(".rectification-orders")).containsText("待整改");
			screenshot(page, "supervision-02-concluded.png");
		}
		try (BrowserContext browserContext = desktop()) {
			Page page = login(browserContext, "sv-b-e2e-yixing", PASSWORD, errors);
			page.navigate(url("/admin/supervision/inspections?unpublished"));
			page.click("#inspections a:has-text('" + INSTITUTION + "')");
			assertThat(page.locator("#publication-state")).containsText("前公示");
			page.click("#publish");
			assertThat(page.locator("#publication-state")).containsText("已公示");
			screenshot(page, "supervision-03-published.png");
		}
		try (BrowserContext browserContext = desktop()) {
			Page page = Browsers.watchedPage(browserContext, errors);
			page.navigate(url("/"));
			page.click("#nav-inspection-results");
			page.selectOption("#division", "320282");
			page.selectOption("#outcome", "RECTIFY");
			page.click("#publication-filter button[type=submit]");
			assertThat(page.locator("#published-inspections")).containsText(INSTITUTION);
			assertThat(page.locator("#published-inspections")).containsText("安全保障：一般 1，严重 0");
			screenshot(page, "supervision-04-public-list.png");
			page.click("#published-inspections a:has-text('" + INSTITUTION + "')");
			assertThat(page.locator("#inspection-results")).containsText("限期整改");
			assertThat(page.locator("#inspection-results")).containsText("已整改 0/1");
			screenshot(page, "supervision-05-institution-page.png");
		}
		assertThat(errors).isEmpty();
	}
}
