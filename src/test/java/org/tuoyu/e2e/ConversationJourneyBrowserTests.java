package org.tuoyu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.staff.NewHire;
import org.tuoyu.staff.StaffManagement;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TestClock;

/**
 * A guardian on a phone opens the messages, writes to the teachers with a photo and withdraws a
 * slip; the class's caregiver on a tablet sees the unread badge, reads and replies; the guardian
 * sees "已读" on the message and the reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuoyu.admin.password=" + ConversationJourneyBrowserTests.PASSWORD)
class ConversationJourneyBrowserTests extends BrowserJourney {

	static final String PASSWORD = "Msg2026journey";

	private static final String GUARDIAN_PHONE = "13900619001";

	private static final String CAREGIVER = "msg-journey-teacher";

	private static final ChildPlacement PLACEMENT = new ChildPlacement("320213021", 61_201, "小禾苗托育园", "msg-journey-org",
			"小一班", CAREGIVER, "保育员 陈老师", Role.CAREGIVER, GUARDIAN_PHONE, "周妈妈", "周小禾", PASSWORD);

	@Autowired
	ApplicationContext application;

	UUID child;

	@BeforeAll
	void aChildPlacedInAClassWithItsCaregiver() {
		child = PLACEMENT.place(application);
		Accounts accounts = application.getBean(Accounts.class);
		var head = accounts.findByUsername(PLACEMENT.orgUsername()).orElseThrow();
		CurrentUser orgAdmin = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				head.scope());
		StaffManagement staff = application.getBean(StaffManagement.class);
		UUID person = staff.hire(orgAdmin, new NewHire("陈老师", ResidentIds.complete("32020219900101801"), "13812345678",
				StaffRole.CAREGIVER, TestClock.today().minusYears(1)));
		UUID classId = application.getBean(EnrollmentRecordManagement.class).currentPlacement(child).orElseThrow().classId();
		staff.assign(orgAdmin, person, classId);
		staff.linkAccount(orgAdmin, person, accounts.findByUsername(CAREGIVER).orElseThrow().id());
	}

	@Test
	void aGuardianWritesOnThePhoneTheCaregiverRepliesOnATabletAndTheGuardianSeesReadAndTheReply() {
		List<String> errors = new ArrayList<>();
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = login(phone, GUARDIAN_PHONE, PASSWORD, errors);
			page.onDialog(dialog -> dialog.accept());
			page.navigate(url("/family"));
			page.click("#my-messages");
			assertThat(page.locator("#child-" + child)).containsText("周小禾");
			assertThat(page.locator("#child-" + child)).containsText("小禾苗托育园");
			screenshot(page, "conversations-01-family-list-phone.png");
			page.click("#start-" + child);
			assertThat(page.locator("#no-messages")).isVisible();
			page.fill("#text", "老师您好，小禾昨晚有点咳嗽，今天麻烦多给她喝水，谢谢！");
			page.setInputFiles("#photos", new FilePayload("药.png", "image/png", png()));
			page.click("#send");
			assertThat(page.locator(".alert-success")).containsText("消息已发送");
			assertThat(page.locator("#messages")).containsText("麻烦多给她喝水");
			assertThat(page.locator(".chat-ours .receipt").first()).containsText("未读");
			assertThat(page.locator(".chat-photo").first()).isVisible();
			page.fill("#text", "发错了");
			page.click("#send");
			page.locator("#messages button[id^=withdraw-]").last().click();
			assertThat(page.locator(".alert-success")).containsText("消息已撤回");
			assertThat(page.locator("#messages")).containsText("消息已撤回");
			assertThat(page.locator("#messages")).not().containsText("发错了");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "conversations-02-sent-phone.png");
			String thread = page.url().replaceAll(".*/family/messages/([0-9a-f-]+).*", "$1");

			try (BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(820, 1180)
				.setHasTouch(true))) {
				Page teacher = login(tablet, CAREGIVER, PASSWORD, errors);
				assertThat(teacher.locator("#message-count")).hasText("1");
				teacher.click("#messages-link");
				assertThat(teacher.locator("#thread-" + thread + " .unread-badge")).hasText("1");
				assertThat(teacher.locator("#thread-" + thread)).containsText("周小禾");
				screenshot(teacher, "conversations-03-unread-tablet.png");
				teacher.click("#thread-" + thread);
				assertThat(teacher.locator("#messages")).containsText("麻烦多给她喝水");
				assertThat(teacher.locator("#messages")).containsText("消息已撤回");
				assertThat(teacher.locator("#message-count")).hasCount(0);
				teacher.fill("#text", "好的，周妈妈，我们今天会多给小禾喝温水，注意观察。");
				teacher.click("#send");
				assertThat(teacher.locator("#messages")).containsText("注意观察");
				screenshot(teacher, "conversations-04-reply-tablet.png");
			}

			page.navigate(url("/family"));
			assertThat(page.locator("#message-count")).hasText("1");
			page.click("#my-messages");
			assertThat(page.locator("#child-" + child + " .unread-badge")).hasText("1");
			page.click("#open-" + child);
			assertThat(page.locator(".chat-ours .receipt").first()).containsText("已读");
			assertThat(page.locator("#messages")).containsText("注意观察");
			assertThat(page.locator("#messages .held")).hasCount(0);
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			screenshot(page, "conversations-05-read-and-reply-phone.png");
		}
		assertThat(errors).isEmpty();
	}

	/** A small real PNG, a photo the browser can show. */
	private static byte[] png() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x0f, 0x6e, 0x6e));
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(16, 8, 32, 32);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
