package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.messaging.announcements.AnnouncementManagement;
import org.tuoyu.messaging.announcements.Audience;
import org.tuoyu.messaging.announcements.NewAnnouncement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;

/**
 * A guardian on a phone sees two new announcements from the child's institution on the family
 * page, opens the fee notice and confirms it with one tap, finds the list read, and chooses which
 * notifications also come by SMS or WeChat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + AnnouncementJourneyBrowserTests.PASSWORD)
class AnnouncementJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Ann2026journey";

	private static final String GUARDIAN_PHONE = "13906729001";

	private static final ChildPlacement PLACEMENT = new ChildPlacement("320213021", 67_201, "向日葵托育园", "ann-journey-org",
			"小一班", "ann-journey-teacher", "保育员 林老师", Role.CAREGIVER, GUARDIAN_PHONE, "吴妈妈", "吴小满", PASSWORD);

	@Autowired
	ApplicationContext application;

	UUID fee;

	@BeforeAll
	void aChildPlacedAndTwoAnnouncementsToItsClass() {
		UUID child = PLACEMENT.place(application);
		var head = application.getBean(Accounts.class).findByUsername(PLACEMENT.orgUsername()).orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				head.scope());
		UUID classId = application.getBean(EnrollmentRecordManagement.class).currentPlacement(child).orElseThrow().classId();
		AnnouncementManagement announcements = application.getBean(AnnouncementManagement.class);
		announcements.publish(orgAdmin, new NewAnnouncement(Audience.INSTITUTION, null, null, "元旦放假安排",
				"元旦假期1月1日放假一天，1月4日正常入园。", false));
		fee = announcements.publish(orgAdmin, new NewAnnouncement(Audience.CLASS, classId, null, "2027年1月保育费缴费通知",
				"请于1月5日前缴纳1月保育费。\n如有疑问请联系园所。", true)).id();
	}

	@Test
	void aGuardianReadsAndConfirmsTheFeeNoticeOnThePhone() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(phone, GUARDIAN_PHONE, PASSWORD, errors);
			page.navigate(url("/family"));
			assertThat(page.locator("#announcement-count")).hasText("2");
			page.click("#my-announcements");
			assertThat(page.locator("#announcement-" + fee)).containsText("2027年1月保育费缴费通知");
			assertThat(page.locator("#announcement-" + fee)).containsText("待确认");
			assertThat(page.locator(".unread-badge")).hasCount(2);
			screenshot(page, "announcements-01-list-phone.png");

			page.click("#announcement-" + fee);
			assertThat(page.locator("#announcement-body")).containsText("如有疑问请联系园所");
			assertThat(page.locator("#acknowledge")).isVisible();
			screenshot(page, "announcements-02-fee-notice-phone.png");
			page.click("#acknowledge");
			assertThat(page.locator(".alert-success").first()).containsText("已确认知晓");
			assertThat(page.locator("#acknowledged")).containsText("吴妈妈");
			assertThat(page.locator("#acknowledge")).hasCount(0);
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "announcements-03-confirmed-phone.png");

			page.navigate(url("/family/announcements"));
			assertThat(page.locator(".unread-badge")).hasCount(1);
			assertThat(page.locator("#announcement-" + fee)).not().containsText("待确认");

			page.navigate(url("/family"));
			page.click("#notification-settings");
			page.uncheck("#kind-photos");
			page.fill("#quietFrom", "22:00");
			page.click("#preferences-submit");
			assertThat(page.locator(".alert-success")).containsText("提醒设置已保存");
			assertThat(page.locator("#kind-photos")).not().isChecked();
			assertThat(page.locator("#quietFrom")).hasValue("22:00");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "announcements-04-alert-settings-phone.png");
		}
		assertThat(errors).isEmpty();
	}
}
