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
 * A caregiver with a tablet chooses three children of her class, records lunch (most of it) for
 * them with one tap, then a nap for the whole class, and posts a photo of the three; one child's
 * parent opens today's daily report on a phone, sees lunch and the nap on the timeline and in the
 * summary and the photo among the moments, and replies to the caregivers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + DailyReportJourneyBrowserTests.PASSWORD)
class DailyReportJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Daily2026journey";

	private static final String STREET = "320213022";

	private static final String CAREGIVER = "daily-journey-care";

	private static final String GUARDIAN_PHONE = "13700571001";

	@Autowired
	ApplicationContext application;

	final List<UUID> children = new ArrayList<>();

	@BeforeAll
	void aClassOfThreeAndItsCaregiver() {
		ChildPlacement placement = new ChildPlacement(STREET, 57_101, "小星星托育园", "daily-journey-org", "小星星托小班",
				CAREGIVER, "保育员 林老师", Role.CAREGIVER, GUARDIAN_PHONE, "林妈妈", "林小星", PASSWORD);
		children.add(placement.place(application));
		Accounts accounts = application.getBean(Accounts.class);
		var parent = accounts.findByUsername(GUARDIAN_PHONE).orElseThrow();
		application.getBean(FamilyManagement.class)
			.grantConsent(new CurrentUser(parent.id(), GUARDIAN_PHONE, "林妈妈", Role.GUARDIAN, DataScope.guardian(parent.id())),
					children.get(0), ConsentKind.PHOTOS);
		var head = accounts.findByUsername("daily-journey-org").orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				head.scope());
		UUID institution = head.scope().institutionId();
		UUID classId = application.getBean(InstitutionManagement.class).detail(orgAdmin, institution).classes().get(0).id();
		children.add(placeAnother(orgAdmin, institution, classId, "13700571002", "许小月"));
		children.add(placeAnother(orgAdmin, institution, classId, "13700571003", "何小阳"));
		StaffManagement staff = application.getBean(StaffManagement.class);
		UUID person = staff.hire(orgAdmin, new NewHire("林老师", ResidentIds.complete("32020219880909101"), "13812345678",
				StaffRole.CAREGIVER, TestClock.today().minusMonths(6)));
		staff.assign(orgAdmin, person, classId);
		staff.linkAccount(orgAdmin, person, accounts.findByUsername(CAREGIVER).orElseThrow().id());
	}

	/** Another family's girl of 16 months placed in the class. */
	private UUID placeAnother(CurrentUser orgAdmin, UUID institution, UUID classId, String phone, String name) {
		UUID guardianId = application.getBean(AccountManagement.class).registerGuardian(phone, "家长", PASSWORD);
		CurrentUser guardian = new CurrentUser(guardianId, phone, "家长", Role.GUARDIAN, DataScope.guardian(guardianId));
		LocalDate today = TestClock.today();
		UUID child = application.getBean(FamilyManagement.class)
			.addChild(guardian, new NewChild(name, Sex.FEMALE, today.minusMonths(16), null, Relation.MOTHER));
		UUID applicationId = application.getBean(EnrollmentManagement.class)
			.apply(guardian, new NewApplication(child, List.of(institution), today, ServiceForm.FULL_DAY, null, Set.of(),
					Set.of()));
		PlacementManagement placements = application.getBean(PlacementManagement.class);
		placements.accept(guardian, placements.offer(orgAdmin, applicationId, classId, 3));
		HealthFixtures.admitted(application.getBean(JdbcClient.class), child);
		application.getBean(FamilyManagement.class).grantConsent(guardian, child, ConsentKind.PHOTOS);
		return child;
	}

	@Test
	void aCaregiverRecordsLunchAndANapForThreeChildrenAtOnceAndPostsAPhotoAndTheParentSeesThemAndReplies()
			throws Exception {
		Path photo = Files.createTempFile("daily-journey-", ".jpg");
		Files.write(photo, ExifJpegs.jpegWithExif(1600, 1200, 1));
		List<String> errors = new ArrayList<>();
		try (BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
			.setHasTouch(true))) {
			Page page = login(tablet, CAREGIVER, PASSWORD, errors);
			page.click("#nav-daily");
			page.click("#daily-classes a:has-text('小星星托小班')");
			assertThat(page.locator("#daily-children")).containsText("林小星");
			for (UUID child : children) {
				page.click("label[for='pick-" + child + "']");
			}
			assertThat(page.locator("#selected-count")).containsText("已选 3 名");
			page.click("label[for='meal-LUNCH']");
			page.click("label[for='portion-MOST']");
			page.fill("#text", "米饭、西兰花、虾仁蒸蛋");
			screenshot(page, "daily-01-lunch-tablet.png");
			page.click("#record-submit");
			assertThat(page.locator(".alert-success")).containsText("已记录");
			for (UUID child : children) {
				assertThat(page.locator("#entries-" + child)).containsText("午餐");
				assertThat(page.locator("#entries-" + child)).containsText("大部分");
			}

			page.click("#select-all");
			assertThat(page.locator("#selected-count")).containsText("已选 3 名");
			page.click("label[for='kind-NAP']");
			assertThat(page.locator("fieldset[data-kind='NAP']")).isVisible();
			assertThat(page.locator("fieldset[data-kind='MEAL']")).isHidden();
			page.click("#record-submit");
			assertThat(page.locator(".alert-success")).containsText("已记录");
			for (UUID child : children) {
				assertThat(page.locator("label[for='pick-" + child + "']")).containsText("睡眠中");
				assertThat(page.locator("#entries-" + child)).containsText("午睡");
			}
			screenshot(page, "daily-02-nap-tablet.png");

			page.click("#nav-moments");
			page.click("#new-moment");
			for (UUID child : children) {
				page.click("label[for='pick-" + child + "']");
			}
			page.setInputFiles("#photos", photo);
			page.fill("#note", "午饭吃得香，三个小朋友一起睡午觉");
			page.click("#moment-submit");
			assertThat(page.locator(".alert-success")).containsText("成长瞬间已发布");
			assertThat(page.locator("#moments .moment").first()).containsText("三个小朋友一起睡午觉");
		}
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(phone, GUARDIAN_PHONE, PASSWORD, errors);
			page.navigate(url("/family"));
			page.click("#daily-" + children.get(0));
			assertThat(page.locator("#child-name")).containsText("林小星");
			assertThat(page.locator("#daily-timeline")).containsText("午餐");
			assertThat(page.locator("#daily-timeline")).containsText("大部分");
			assertThat(page.locator("#daily-timeline")).containsText("米饭、西兰花、虾仁蒸蛋");
			assertThat(page.locator("#daily-timeline")).containsText("午睡");
			assertThat(page.locator("#summary-meals")).containsText("午餐 大部分");
			assertThat(page.locator("#summary-nap")).containsText("睡眠中");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "daily-03-timeline-phone.png");

			page.navigate(url("/family"));
			page.click("#my-moments");
			assertThat(page.locator("#moments")).containsText("三个小朋友一起睡午觉");
			page.waitForFunction("() => [...document.querySelectorAll('.moment-thumbnail')].every(i => i.complete && i.naturalWidth > 0)");
			screenshot(page, "daily-04-moments-phone.png");

			page.navigate(url("/family"));
			page.click("#my-messages");
			page.click("#start-" + children.get(0));
			page.fill("#text", "谢谢老师！看到小星午饭吃得好、睡得香，照片也很可爱。");
			page.click("#send");
			assertThat(page.locator(".alert-success")).containsText("消息已发送");
			assertThat(page.locator("#messages")).containsText("照片也很可爱");
			screenshot(page, "daily-05-reply-phone.png");
		}
		assertThat(errors).isEmpty();
	}
}
