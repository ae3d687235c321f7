package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TestClock;

/**
 * An institution adds a caregiver with certificates and assigns her to a class in the browser;
 * its district then sees the class staffed as the rules require.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + InstitutionJourneyBrowserTests.PASSWORD)
class StaffJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = InstitutionJourneyBrowserTests.PASSWORD;

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
		accounts.createOfficer(city, new NewOfficerAccount("staff-journey-district", "梁溪区卫健委", Role.DISTRICT_ADMIN,
				"320213", PASSWORD));
		UUID id = institutions.register(city, new NewInstitution("小海豚托育园", CreditCodes.valid(4343),
				RegistrationType.ENTERPRISE, Ownership.PRIVATE, InstitutionCategory.STANDALONE, Set.of(ServiceForm.FULL_DAY),
				"李园长", "0510-81234568", false, null, null, DemonstrationLevel.NONE,
				new NewSite("主园区", "梁溪区人民路8号", "320213024", new BigDecimal("31.580000"), new BigDecimal("120.300000"),
						1, new BigDecimal("300"), null),
				"staff-journey-org", PASSWORD));
		var org = accountRows.findByUsername("staff-journey-org").orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(org.id(), org.username(), org.displayName(), Role.INSTITUTION_ADMIN,
				DataScope.institution(id));
		UUID site = institutions.detail(orgAdmin, id).mainSite().id();
		institutions.addClass(orgAdmin, id, new NewClass(site, "小海豚乳儿班", ClassType.INFANT, 3));
	}

	@Test
	void aCaregiverWithCertificatesStaffsAClassAndTheDistrictSeesItCompliant() throws Exception {
		List<String> errors = new ArrayList<>();
		Path pdf = Files.createTempFile("certificate", ".pdf");
		Files.writeString(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
		String residentId = ResidentIds.valid(990);
		LocalDate today = TestClock.today();
		try (BrowserContext context = desktop()) {
			Page page = login(context, "staff-journey-org", PASSWORD, errors);
			page.navigate(url("/org/staff"));
			assertThat(page.locator("#staffing")).containsText("还需1名保育人员");
			page.fill("#hire-form #name", "周小梅");
			page.fill("#hire-form #residentId", residentId);
			page.fill("#hire-form #phone", "13912340000");
			page.selectOption("#hire-form #role", "CAREGIVER");
			page.click("#hire");
			assertThat(page.locator("#person-name")).hasText("周小梅");
			assertThat(page.locator("#person-id")).hasText(residentId.substring(0, 6) + "********" + residentId.substring(14));
			assertThat(page.locator("#requirements")).containsText("缺失");

			addCertificate(page, "HEALTH", null, "JK-2026-001", today.minusMonths(1), today.plusYears(1), null);
			addCertificate(page, "NO_CRIMINAL_RECORD", null, "WF-2026-002", today.minusMonths(2), null, null);
			addCertificate(page, "CAREGIVER", "4", "BYS-4-003", today.minusYears(2), null, pdf);
			assertThat(page.locator("#requirements")).not().containsText("缺失");
			assertThat(page.locator("#certificates")).containsText("扫描件");

			Path png = Files.createTempFile("photo", ".png");
			Files.write(png, java.util.Base64.getDecoder().decode(
					"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
			page.setInputFiles("#photo", png);
			page.click("#upload-photo");
			assertThat(page.locator("#person-photo")).isVisible();

			page.selectOption("#classId", new com.microsoft.playwright.options.SelectOption().setLabel("小海豚乳儿班 (乳儿班)"));
			page.click("#assign");
			assertThat(page.locator("#assigned-classes")).containsText("小海豚乳儿班");
			screenshot(page, "20-staff-person.png");
			page.navigate(url("/org/staff"));
			assertThat(page.locator("#roster")).containsText("周小梅");
			assertThat(page.locator("#staffing .class-result")).containsText("达标");
			screenshot(page, "21-staff-roster.png");
		}
		try (BrowserContext context = desktop()) {
			Page page = login(context, "staff-journey-district", PASSWORD, errors);
			page.navigate(url("/admin/staff"));
			page.click("#staffings >> text=小海豚托育园");
			assertThat(page.locator("#staffing")).containsText("小海豚乳儿班");
			assertThat(page.locator("#staffing .class-result")).containsText("达标");
			assertThat(page.locator("#health-workers")).containsText("还需1名保健人员");
			screenshot(page, "22-staff-district.png");
		}
		assertThat(errors).isEmpty();
	}

	private static void addCertificate(Page page, String type, String level, String number, LocalDate issued,
			LocalDate expires, Path scan) {
		page.selectOption("#certificate-form #type", type);
		page.selectOption("#certificate-form #level", level == null ? "" : level);
		page.fill("#certificate-form #number", number);
		page.fill("#certificate-form #issuer", "无锡市卫生健康委员会");
		page.fill("#certificate-form #issuedOn", issued.toString());
		page.fill("#certificate-form #expiresOn", expires == null ? "" : expires.toString());
		if (scan != null) {
			page.setInputFiles("#certificate-form #scan", scan);
		}
		page.click("#add-certificate");
		page.waitForLoadState();
		assertThat(page.locator("#certificates")).containsText(number);
	}
}
