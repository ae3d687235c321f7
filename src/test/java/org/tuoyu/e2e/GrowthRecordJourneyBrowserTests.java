package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.enrollment.EnrollmentManagement;
import org.tuoyu.enrollment.NewApplication;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.NewChild;
import org.tuoyu.family.Relation;
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
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.Sex;
import org.tuoyu.test.CreditCodes;

/**
 * A health worker measures a child on the class's growth page; the child's parent opens the
 * growth record on a phone, sees the measurement as a point on the WHO chart and that the health
 * worker viewed the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + GrowthRecordJourneyBrowserTests.PASSWORD)
class GrowthRecordJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Growth2026journey";

	private static final String STREET = "320213025";

	private static final String GUARDIAN_PHONE = "13700007901";

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	FamilyManagement family;

	@Autowired
	EnrollmentManagement enrollment;

	@Autowired
	PlacementManagement placements;

	@Autowired
	Accounts accountRows;

	@Autowired
	JdbcClient jdbc;

	UUID child;

	@BeforeAll
	void aChildPlacedInAClass() {
		var admin = accountRows.findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		UUID id = institutions.register(city, new NewInstitution("小树苗托育园", CreditCodes.valid(27_101),
				RegistrationType.ENTERPRISE, Ownership.PRIVATE, InstitutionCategory.STANDALONE, Set.of(ServiceForm.FULL_DAY),
				"钱园长", "0510-81234579", false, null, null, DemonstrationLevel.NONE,
				new NewSite("主园区", "梁溪区南长街9号", STREET, new BigDecimal("31.565000"), new BigDecimal("120.305000"), 1,
						new BigDecimal("300"), null),
				"growth-journey-org", PASSWORD));
		var head = accountRows.findByUsername("growth-journey-org").orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				DataScope.institution(id));
		UUID site = institutions.detail(orgAdmin, id).mainSite().id();
		UUID classId = institutions.addClass(orgAdmin, id, new NewClass(site, "小树苗托小班", ClassType.TODDLER, 12));
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
		accounts.createInstitutionAccount(orgAdmin, "growth-journey-nurse", "保健医生 赵医生", Role.HEALTH_WORKER, id,
				DivisionCode.of(STREET), PASSWORD);

		UUID guardianId = accounts.registerGuardian(GUARDIAN_PHONE, "陈妈妈", PASSWORD);
		CurrentUser guardian = new CurrentUser(guardianId, GUARDIAN_PHONE, "陈妈妈", Role.GUARDIAN,
				DataScope.guardian(guardianId));
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		child = family.addChild(guardian, new NewChild("陈小树", Sex.FEMALE, today.minusMonths(16), null, Relation.MOTHER));
		UUID application = enrollment.apply(guardian,
				new NewApplication(child, List.of(id), today, ServiceForm.FULL_DAY, null, Set.of(), Set.of()));
		placements.accept(guardian, placements.offer(orgAdmin, application, classId, 3));
	}

	@Test
	void aHealthWorkerMeasuresAndTheParentSeesThePointOnTheChart() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
			.setHasTouch(true))) {
			Page page = login(context, "growth-journey-nurse", PASSWORD, errors);
			page.click("a.nav-link[href='/org/health/checks']");
			page.click("#growth-link");
			page.click("#classes a:has-text('小树苗托小班')");
			assertThat(page.locator("#child-" + child)).containsText("尚未测量");
			page.click("#open-" + child);
			page.fill("#weightKg", "10.1");
			page.fill("#lengthCm", "79.5");
			page.fill("#headCircumferenceCm", "45.6");
			page.click("#growth-save");
			assertThat(page.locator(".alert-success")).containsText("已保存测量记录");
			assertThat(page.locator("#growth-history tbody tr")).hasCount(1);
			assertThat(page.locator("#growth-chart-WEIGHT_FOR_AGE circle.growth-point")).hasCount(1);
			screenshot(page, "growth-record-01-health-worker.png");
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(context, GUARDIAN_PHONE, PASSWORD, errors);
			page.navigate(url("/family/children/" + child));
			page.click("#growth-link");
			assertThat(page.locator("#growth-heading")).hasText("陈小树的生长记录");
			assertThat(page.locator("#growth-chart-WEIGHT_FOR_AGE svg circle.growth-point")).hasCount(1);
			assertThat(page.locator("#growth-chart-LENGTH_FOR_AGE svg path.growth-median")).hasCount(1);
			assertThat(page.locator("#growth-viewers")).containsText("保健医生 赵医生");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "growth-record-02-guardian-phone.png");
		}
		assertThat(errors).isEmpty();
	}
}
