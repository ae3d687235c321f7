package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.enrollment.EnrollmentManagement;
import org.tuoyu.enrollment.NewApplication;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.family.ConsentKind;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.family.NewChild;
import org.tuoyu.family.Relation;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.shared.Sex;
import org.tuoyu.staff.NewHire;
import org.tuoyu.staff.StaffManagement;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.test.ExifJpegs;
import org.tuoyu.test.HealthFixtures;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TestClock;

/**
 * A caregiver with a tablet opens the moments form: of her class, the child whose family has not consented to
 * photos is greyed out and cannot be chosen; she picks the two others, attaches a photo taken with a phone (EXIF
 * with GPS) and a note, and posts. One child's parent opens the moments on a phone and sees the thumbnail, the
 * note and the download of the full photo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + MomentJourneyBrowserTests.PASSWORD)
class MomentJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Moments2026journey";

	private static final String STREET = "320213022";

	private static final String CAREGIVER = "moment-journey-care";

	private static final String GUARDIAN_PHONE = "13700591001";

	@Autowired
	ApplicationContext application;

	final List<UUID> children = new ArrayList<>();

	@BeforeAll
	void aClassOfThreeTwoWithPhotoConsentAndItsCaregiver() {
		ChildPlacement placement = new ChildPlacement(STREET, 59_101, "小太阳托育园", "moment-journey-org", "小太阳托小班",
				CAREGIVER, "保育员 陈老师", Role.CAREGIVER, GUARDIAN_PHONE, "苏妈妈", "苏小禾", PASSWORD);
		UUID first = placement.place(application);
		children.add(first);
		Accounts accounts = application.getBean(Accounts.class);
		var guardian = accounts.findByUsername(GUARDIAN_PHONE).orElseThrow();
		application.getBean(FamilyManagement.class)
			.grantConsent(new CurrentUser(guardian.id(), GUARDIAN_PHONE, "苏妈妈", Role.GUARDIAN, DataScope.guardian(guardian.id())),
					first, ConsentKind.PHOTOS);
		var head = accounts.findByUsername("moment-journey-org").orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				head.scope());
		UUID institution = head.scope().institutionId();
		UUID classId = application.getBean(InstitutionManagement.class).detail(orgAdmin, institution).classes().get(0).id();
		children.add(placeAnother(orgAdmin, institution, classId, "13700591002", "唐小米", true));
		children.add(placeAnother(orgAdmin, institution, classId, "13700591003", "范小豆", false));
		StaffManagement staff = application.getBean(StaffManagement.class);
		UUID person = staff.hire(orgAdmin, new NewHire("陈老师", ResidentIds.complete("32020219850505101"), "13812345678",
				StaffRole.CAREGIVER, TestClock.today().minusMonths(6)));
		staff.assign(orgAdmin, person, classId);
		staff.linkAccount(orgAdmin, person, accounts.findByUsername(CAREGIVER).orElseThrow().id());
	}

	/** Another family's girl of 16 months placed in the class, with photo consent or without. */
	private UUID placeAnother(CurrentUser orgAdmin, UUID institution, UUID classId, String phone, String name,
			boolean photos) {
		UUID guardianId = application.getBean(AccountManagement.class).registerGuardian(phone, "家长", PASSWORD);
		CurrentUser guardian = new CurrentUser(guardianId, phone, "家长", Role.GUARDIAN, DataScope.guardian(guardianId));
		LocalDate today = TestClock.today();
		FamilyManagement family = application.getBean(FamilyManagement.class);
		UUID child = family.addChild(guardian, new NewChild(name, Sex.FEMALE, today.minusMonths(16), null, Relation.MOTHER));
		UUID applicationId = application.getBean(EnrollmentManagement.class)
			.apply(guardian, new NewApplication(child, List.of(institution), today, ServiceForm.FULL_DAY, null, Set.of(),
					Set.of()));
		PlacementManagement placements = application.getBean(PlacementManagement.class);
		placements.accept(guardian, placements.offer(orgAdmin, applicationId, classId, 3));
		HealthFixtures.admitted(application.getBean(JdbcClient.class), child);
		if (photos) {
			family.grantConsent(guardian, child, ConsentKind.PHOTOS);
		}
		return child;
	}

	@Test
	void aCaregiverPostsAPhotoOfTwoChildrenWithConsentAndAParentSeesItOnThePhone() throws Exception {
		Path photo = Files.createTempFile("moment-journey-", ".jpg");
		Files.write(photo, ExifJpegs.jpegWithExif(1600, 1200, 1));
		List<String> errors = new ArrayList<>();
		try (BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
			.setHasTouch(true))) {
			Page page = login(tablet, CAREGIVER, PASSWORD, errors);
			page.click("#nav-moments");
			page.click("#new-moment");
			assertThat(page.locator("#moment-children")).containsText("苏小禾");
			assertThat(page.locator("#tile-" + children.get(2))).containsText("未同意照片授权");
			assertThat(page.locator("#pick-" + children.get(2))).isDisabled();
			page.click("label[for='pick-" + children.get(0) + "']");
			page.click("label[for='pick-" + children.get(1) + "']");
			page.setInputFiles("#photos", photo);
			page.fill("#note", "一起在沙池里堆城堡");
			screenshot(page, "moments-01-tablet-form.png");
			page.click("#moment-submit");
			assertThat(page.locator(".alert-success")).containsText("成长瞬间已发布");
			assertThat(page.locator("#moments .moment").first()).containsText("一起在沙池里堆城堡");
			assertThat(page.locator("#moments .moment").first()).containsText("唐小米");
			page.waitForFunction("() => [...document.querySelectorAll('.moment-thumbnail')].every(i => i.complete && i.naturalWidth > 0)");
			screenshot(page, "moments-02-tablet-feed.png");
		}
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(phone, GUARDIAN_PHONE, PASSWORD, errors);
			page.navigate(url("/family"));
			page.click("#my-moments");
			assertThat(page.locator("#moments")).containsText("一起在沙池里堆城堡");
			assertThat(page.locator("#moments .moment-child")).hasText("苏小禾");
			assertThat(page.locator(".moment-download")).hasCount(1);
			page.waitForFunction("() => [...document.querySelectorAll('.moment-thumbnail')].every(i => i.complete && i.naturalWidth > 0)");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "moments-03-phone-feed.png");
		}
		assertThat(errors).isEmpty();
	}
}
