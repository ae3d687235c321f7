package org.tuoyu.messaging.moments;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuoyu.family.ConsentKind;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.messaging.files.Upload;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;

/**
 * Demo moments (profile {@code demo}), through the facade as the demo staff would post them. The guardians
 * of most children of the demo institution have given photo consent (about one child in eight has not, and
 * can be seen greyed out on the tablet; the demo {@code parent}'s child has); then every class has a moment
 * on each working day of the last month — one to three drawn pictures (sky, sun, grass, children at play)
 * and a note, tagging one to four children with consent — posted by the demo {@code caregiver} for her
 * class and by {@code org-admin} for the others. Only today's moments tell the families.
 */
@Component
@Profile("demo")
// after the daily-report demo (and the conversations demo, which links the demo caregiver to her class)
@Order(140)
class DemoMoments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMoments.class);

	private static final long SEED = 20261208L;

	/** The most classes of the demo institution that get a month of moments (each costs about a second). */
	private static final int MAX_CLASSES = 6;

	private static final String[] NOTES = { "户外活动：滑滑梯和拍皮球，大家玩得很开心！", "今天的手工课做了彩色纸风车。", "绘本时间：《好饿的毛毛虫》。",
			"音乐律动，跟着节奏拍拍手。", "午餐自己吃饭，吃得又快又干净。", "搭积木比赛，搭了一座高高的塔。", "在沙池里挖沙子、堆城堡。", "认识颜色：红黄蓝绿都找到啦。",
			null };

	private final JdbcClient jdbc;

	private final MomentManagement moments;

	private final FamilyManagement family;

	private final Clock clock;

	DemoMoments(JdbcClient jdbc, MomentManagement moments, FamilyManagement family, Clock clock) {
		this.jdbc = jdbc;
		this.moments = moments;
		this.family = family;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM messaging_moment").query(Long.class).single() > 0) {
			return;
		}
		Optional<CurrentUser> head = demoUser("org-admin");
		Optional<CurrentUser> teacher = demoUser("caregiver");
		Optional<CurrentUser> parent = demoUser("parent");
		if (head.isEmpty()) {
			return;
		}
		Random random = new Random(SEED);
		List<UUID> parentsChildren = parent.map(p -> family.childIdsOf(p.accountId())).orElse(List.of());
		int consents = consents(head.get(), parentsChildren, random);
		List<UUID> teachersClasses = teacher
			.map(t -> moments.taggable(t).classes().stream().map(Taggable.TaggableClass::classId).toList())
			.orElse(List.of());
		List<Taggable.TaggableClass> classes = moments.taggable(head.get()).classes();
		ZonedDateTime now = ZonedDateTime.now(clock);
		int posted = 0;
		int photos = 0;
		for (Taggable.TaggableClass careClass : classes.subList(0, Math.min(MAX_CLASSES, classes.size()))) {
			List<UUID> consenting = careClass.children()
				.stream()
				.filter(Taggable.TaggableChild::photoConsent)
				.map(Taggable.TaggableChild::childId)
				.toList();
			if (consenting.isEmpty()) {
				continue;
			}
			CurrentUser poster = teacher.isPresent() && teachersClasses.contains(careClass.classId()) ? teacher.get()
					: head.get();
			for (LocalDate day = now.toLocalDate().minusDays(30); !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
				if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
					continue;
				}
				ZonedDateTime at = day.atTime(random.nextBoolean() ? LocalTime.of(10, 20) : LocalTime.of(15, 40))
					.atZone(clock.getZone())
					.plusMinutes(random.nextInt(30));
				if (at.isAfter(now)) {
					continue;
				}
				List<UUID> shuffled = new ArrayList<>(consenting);
				Collections.shuffle(shuffled, random);
				List<UUID> tagged = shuffled.subList(0, Math.min(shuffled.size(), 1 + random.nextInt(4)));
				List<Upload> pictures = new ArrayList<>();
				int count = 1 + random.nextInt(3);
				for (int i = 0; i < count; i++) {
					pictures.add(new Upload("IMG_" + day.toString().replace("-", "") + "_" + (i + 1) + ".jpg",
							picture(random, day, tagged.size())));
				}
				try {
					moments.post(poster, tagged, NOTES[random.nextInt(NOTES.length)], pictures, at.toOffsetDateTime(),
							day.equals(now.toLocalDate()));
				}
				catch (NotFoundException notYetPlaced) {
					continue; // a child placed after that day
				}
				posted++;
				photos += count;
			}
		}
		log.info("Demo moments: {} photo consents, {} moments with {} photos in {} classes", consents, posted, photos,
				Math.min(MAX_CLASSES, classes.size()));
	}

	/**
	 * Photo consent given by the guardians of about seven children in eight of the institution's classes, and
	 * always for the demo parent's children.
	 */
	private int consents(CurrentUser head, List<UUID> parentsChildren, Random random) {
		int given = 0;
		for (Taggable.TaggableClass careClass : moments.taggable(head).classes()) {
			for (Taggable.TaggableChild child : careClass.children()) {
				boolean parents = parentsChildren.contains(child.childId());
				if (child.photoConsent() || (!parents && random.nextInt(8) == 0)) {
					continue;
				}
				Optional<UUID> guardian = family.guardianAccounts(child.childId()).stream().findFirst();
				if (guardian.isPresent()) {
					family.grantConsent(new CurrentUser(guardian.get(), "guardian", "家长", Role.GUARDIAN,
							DataScope.guardian(guardian.get())), child.childId(), ConsentKind.PHOTOS);
					given++;
				}
			}
		}
		return given;
	}

	/** A drawn photo of the day: sky, sun, grass, a slide and children at play, with the date. */
	static byte[] picture(Random random, LocalDate day, int children) {
		int width = 960;
		int height = 720;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, new Color(120 + random.nextInt(60), 190, 250), 0, height * 0.6f,
					new Color(220, 240, 255)));
			g.fillRect(0, 0, width, height);
			g.setColor(new Color(255, 210, 60));
			int sun = 70 + random.nextInt(40);
			int sunX = 60 + random.nextInt(width - 240);
			g.fillOval(sunX, 40, sun, sun);
			g.setColor(Color.WHITE);
			for (int c = 0; c < 3; c++) {
				int x = random.nextInt(width);
				int y = 40 + random.nextInt(120);
				g.fillOval(x, y, 120, 44);
				g.fillOval(x + 40, y - 20, 90, 60);
			}
			g.setColor(new Color(90 + random.nextInt(40), 180, 90));
			g.fillRect(0, (int) (height * 0.62), width, height);
			g.setColor(new Color(230, 80, 80));
			g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			int slide = 120 + random.nextInt(width - 420);
			g.drawLine(slide, 440, slide, 300);
			g.drawLine(slide, 300, slide + 190, 470);
			Color[] shirts = { new Color(240, 120, 40), new Color(60, 120, 220), new Color(200, 70, 160),
					new Color(250, 200, 40), new Color(40, 170, 160) };
			for (int k = 0; k < Math.max(1, children); k++) {
				int x = 120 + random.nextInt(width - 240);
				int y = 480 + random.nextInt(120);
				g.setColor(new Color(250, 215, 180));
				g.fillOval(x - 22, y - 110, 44, 44);
				g.setColor(shirts[random.nextInt(shirts.length)]);
				g.fillRoundRect(x - 28, y - 66, 56, 70, 18, 18);
				g.setColor(new Color(60, 60, 90));
				g.fillRect(x - 22, y + 4, 16, 44);
				g.fillRect(x + 6, y + 4, 16, 44);
			}
			g.setColor(new Color(40, 40, 40, 180));
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
			g.drawString(day.toString(), width - 230, height - 30);
		}
		finally {
			g.dispose();
		}
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<CurrentUser> demoUser(String username) {
		return jdbc.sql("SELECT id, display_name, role, institution_id FROM platform_account WHERE username = :username")
			.param("username", username)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Role role = Role.valueOf(rs.getString("role"));
				UUID institution = rs.getObject("institution_id", UUID.class);
				return new CurrentUser(id, username, rs.getString("display_name"), role,
						institution == null ? DataScope.guardian(id) : DataScope.institution(institution));
			})
			.optional();
	}
}
