package org.tuoyu.messaging.menus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.Allergies;
import org.tuoyu.health.AllergySeverity;
import org.tuoyu.health.NewAllergy;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.InstitutionSummary;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

/**
 * Demo menus and plans (profile {@code demo}): for the demo institution and three more of its
 * district, each class type's weeks from two weeks ago to two weeks ahead — the past weeks, this
 * week and next published, the one after a draft copied from next week — from a rotation of
 * nursery dishes and themes. The demo health worker writes the demo institution's weeks through
 * the facade; the other institutions' are written in their name. Some children of the demo
 * institution have allergies recorded by their guardians: the demo parent's child is allergic to
 * egg (confirmed), which 番茄炒蛋 and 鸡蛋羹 on the menu contain; another to shrimp (unconfirmed),
 * another to peanut (confirmed).
 */
@Component
@Profile("demo")
// after the daily-report demo, with the families and placements in place
@Order(140)
class DemoMenus implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMenus.class);

	/** How many other institutions get menus too. */
	static final int OTHERS = 3;

	private static final List<List<String>> BREAKFASTS = List.of(List.of("小米粥：小米", "鸡蛋羹：鸡蛋"),
			List.of("牛奶燕麦粥：牛奶、燕麦", "奶黄包：面粉、牛奶"), List.of("南瓜粥：南瓜、大米", "菜肉小馄饨：面粉、猪肉、青菜"),
			List.of("豆浆：黄豆", "葱油花卷：面粉"), List.of("红枣粥：红枣、大米", "蒸红薯：红薯"));

	private static final List<List<String>> LUNCHES = List.of(List.of("软米饭：大米", "番茄炒蛋：番茄、鸡蛋", "清炒西兰花：西兰花"),
			List.of("软米饭：大米", "清蒸鲈鱼：鲈鱼", "蒜蓉菠菜：菠菜"), List.of("鸡肉蔬菜烂面：面条、鸡肉、胡萝卜", "冬瓜排骨汤：冬瓜、排骨"),
			List.of("软米饭：大米", "虾仁豆腐：虾仁、豆腐", "炒青菜：青菜"), List.of("软米饭：大米", "土豆烧牛肉：土豆、牛肉", "紫菜蛋花汤：紫菜、鸡蛋"));

	private static final List<List<String>> SNACKS = List.of(List.of("苹果：苹果"), List.of("香蕉：香蕉"),
			List.of("酸奶：牛奶"), List.of("花生芝麻小饼：面粉、花生、芝麻"), List.of("梨：梨"));

	private static final List<String> THEMES = List.of("认识冬天", "我的好朋友", "好玩的积木", "小手真能干", "一起唱儿歌");

	private final MenuManagement menus;

	private final MenuRows rows;

	private final InstitutionManagement institutions;

	private final EnrollmentRecordManagement placements;

	private final FamilyManagement family;

	private final Allergies allergies;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoMenus(MenuManagement menus, MenuRows rows, InstitutionManagement institutions,
			EnrollmentRecordManagement placements, FamilyManagement family, Allergies allergies, JdbcClient jdbc,
			Clock clock) {
		this.menus = menus;
		this.rows = rows;
		this.institutions = institutions;
		this.placements = placements;
		this.family = family;
		this.allergies = allergies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM messaging_menu_week").query(Long.class).single() > 0) {
			return;
		}
		Optional<CurrentUser> health = account("health");
		Optional<CurrentUser> district = account("liangxi");
		if (health.isEmpty()) {
			return;
		}
		int weeks = weeks(health.get());
		for (Institution other : others(health.get(), district)) {
			weeks += weeks(new CurrentUser(health.get().accountId(), "demo-kitchen", other.name() + " 保健室",
					Role.HEALTH_WORKER, DataScope.institution(other.id())));
		}
		int recorded = allergies(health.get());
		log.info("Demo menus: {} weeks, {} allergies", weeks, recorded);
	}

	/** The institution's weeks of each of its class types. */
	private int weeks(CurrentUser kitchen) {
		LocalDate thisWeek = menus.thisWeek();
		int written = 0;
		for (ClassType type : menus.classTypes(kitchen)) {
			for (int offset = -2; offset <= 1; offset++) {
				LocalDate monday = thisWeek.plusWeeks(offset);
				WeekDraft draft = draft(monday, offset + 2);
				if (offset < 0) {
					past(kitchen, type, monday, draft);
				}
				else {
					menus.save(kitchen, type, monday, draft);
					menus.publish(kitchen, type, monday);
				}
				written++;
			}
			menus.copyPrevious(kitchen, type, thisWeek.plusWeeks(2));
			written++;
		}
		return written;
	}

	/** A week gone by, published then (the facade writes no week gone by). */
	private void past(CurrentUser kitchen, ClassType type, LocalDate monday, WeekDraft draft) {
		Institution institution = institutions.own(kitchen).institution();
		OffsetDateTime then = monday.minusDays(3).atTime(16, 0).atZone(clock.getZone()).toOffsetDateTime();
		MenuRows.Writing writing = new MenuRows.Writing(institution.id(), institution.divisionCode().value(),
				kitchen.accountId(), kitchen.displayName(), then);
		UUID id = rows.save(type, monday, null, writing);
		rows.replaceContent(id, MenuPolicy.check(draft, monday), writing);
		rows.publish(id, kitchen.accountId(), then);
	}

	/** Monday to Friday from the rotation, shifted by the week. */
	private static WeekDraft draft(LocalDate monday, int shift) {
		List<MenuDay> days = new ArrayList<>();
		for (int d = 0; d < 5; d++) {
			int i = (d + shift) % 5;
			Map<Meal, List<Dish>> meals = new EnumMap<>(Meal.class);
			meals.put(Meal.BREAKFAST, dishes(BREAKFASTS.get(i)));
			meals.put(Meal.LUNCH, dishes(LUNCHES.get(i)));
			meals.put(Meal.AFTERNOON_SNACK, dishes(SNACKS.get((i + 2) % 5)));
			days.add(new MenuDay(monday.plusDays(d), meals, THEMES.get(i), "晨间律动；户外游戏一小时；绘本《" + THEMES.get(i) + "》",
					"愿意参与集体活动，能说出一两个与主题有关的词"));
		}
		return new WeekDraft(days);
	}

	private static List<Dish> dishes(List<String> lines) {
		return MenuTexts.parse(String.join("\n", lines));
	}

	/** Allergies of three children of the demo institution, the demo parent's first; returns how many. */
	private int allergies(CurrentUser health) {
		List<UUID> children = new ArrayList<>();
		account("parent").ifPresent(parent -> family.childIdsOf(parent.accountId())
			.stream()
			.filter(child -> placements.currentPlacement(child)
				.filter(p -> p.institutionId().equals(health.scope().institutionId()))
				.isPresent())
			.findFirst()
			.ifPresent(children::add));
		for (CareClass careClass : menus.classes(health)) {
			placements.placedIn(careClass.id()).stream().map(EnrollmentRecord::childId).filter(c -> !children.contains(c))
				.limit(1).forEach(children::add);
			if (children.size() >= 3) {
				break;
			}
		}
		List<NewAllergyAt> planned = List.of(new NewAllergyAt("鸡蛋", "皮疹、口周红肿", AllergySeverity.MODERATE, true),
				new NewAllergyAt("虾", "呕吐", AllergySeverity.SEVERE, false),
				new NewAllergyAt("花生", "荨麻疹", AllergySeverity.SEVERE, true));
		int recorded = 0;
		for (int i = 0; i < Math.min(children.size(), planned.size()); i++) {
			UUID child = children.get(i);
			Optional<CurrentUser> guardian = family.guardianAccounts(child).stream().findFirst()
				.map(id -> new CurrentUser(id, "demo-guardian", "家长", Role.GUARDIAN, DataScope.guardian(id)));
			if (guardian.isEmpty()) {
				continue;
			}
			NewAllergyAt allergy = planned.get(i);
			UUID id = allergies.record(guardian.get(),
					new NewAllergy(child, allergy.allergen(), allergy.reaction(), allergy.severity()));
			if (allergy.confirmed()) {
				allergies.confirm(health, id);
			}
			recorded++;
		}
		return recorded;
	}

	private record NewAllergyAt(String allergen, String reaction, AllergySeverity severity, boolean confirmed) {
	}

	/** A few other filed institutions of the demo district, with classes. */
	private List<Institution> others(CurrentUser health, Optional<CurrentUser> district) {
		if (district.isEmpty()) {
			return List.of();
		}
		return institutions.list(district.get(), null, null)
			.stream()
			.map(InstitutionSummary::institution)
			.filter(i -> !i.id().equals(health.scope().institutionId()))
			.filter(i -> i.status() == InstitutionStatus.FILED || i.status() == InstitutionStatus.VERIFIED)
			.filter(i -> !institutions.detail(district.get(), i.id()).classes().isEmpty())
			.limit(OTHERS)
			.toList();
	}

	private Optional<CurrentUser> account(String username) {
		return jdbc.sql("SELECT id, display_name, role, institution_id, division_code FROM platform_account WHERE username = :u")
			.param("u", username)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Role role = Role.valueOf(rs.getString("role"));
				UUID institution = rs.getObject("institution_id", UUID.class);
				DataScope scope = role == Role.GUARDIAN ? DataScope.guardian(id)
						: institution != null ? DataScope.institution(institution)
								: DataScope.division(DivisionCode.of(rs.getString("division_code")));
				return new CurrentUser(id, username, rs.getString("display_name"), role, scope);
			})
			.optional();
	}
}
