package org.tuoyu.messaging.menus;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.institution.ClassType;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.platform.UuidV7;

/** The tables of weekly menus and plans: weeks, their dishes and plan days. */
@Repository
class MenuRows {

	/** Joins the ingredients of a dish into one parameter; no ingredient contains it (MenuPolicy). */
	private static final String JOIN = "\u001f";

	private static final String WEEK = """
			SELECT id, class_type, week_start, status, updated_by_name, updated_at, published_at FROM messaging_menu_week
			""";

	/** A week's row, without its content. */
	record WeekRow(UUID id, ClassType classType, LocalDate weekStart, WeekStatus status, String updatedByName,
			OffsetDateTime updatedAt, OffsetDateTime publishedAt) {

		MenuWeek with(List<MenuDay> days) {
			return new MenuWeek(id, classType, weekStart, status, updatedByName, updatedAt, publishedAt, days);
		}
	}

	/** Who writes, where (the institution's street) and when. */
	record Writing(UUID institutionId, String division, UUID by, String byName, OffsetDateTime now) {
	}

	private final JdbcClient jdbc;

	MenuRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The institution's week of a class type, its row locked when {@code lock}. */
	Optional<WeekRow> week(UUID institutionId, ClassType type, LocalDate weekStart, boolean lock) {
		return jdbc.sql(WEEK + " WHERE institution_id = :institution AND class_type = :type AND week_start = :week"
				+ (lock ? " FOR UPDATE" : ""))
			.param("institution", institutionId)
			.param("type", type.name())
			.param("week", weekStart)
			.query(MenuRows::weekRow)
			.optional();
	}

	/** The published weeks of the class type among the given ones, in order. */
	List<WeekRow> published(UUID institutionId, ClassType type, Collection<LocalDate> weekStarts) {
		return jdbc.sql(WEEK + """
				 WHERE institution_id = :institution AND class_type = :type AND week_start = ANY(CAST(CAST(:weeks AS text[]) AS date[])) AND status = 'PUBLISHED'
				ORDER BY week_start
				""").param("institution", institutionId).param("type", type.name())
			.param("weeks", dates(weekStarts.stream())).query(MenuRows::weekRow).list();
	}

	/** Creates the week as a draft, or stamps who changed it; returns its id. */
	UUID save(ClassType type, LocalDate weekStart, UUID copiedFrom, Writing writing) {
		return jdbc.sql("""
				INSERT INTO messaging_menu_week (id, institution_id, division_code, class_type, week_start, copied_from,
				  updated_by, updated_by_name, updated_at)
				VALUES (:id, :institution, :division, :type, :week, :copied, :by, :name, :now)
				ON CONFLICT (institution_id, class_type, week_start) DO UPDATE SET updated_by = EXCLUDED.updated_by,
				  updated_by_name = EXCLUDED.updated_by_name, updated_at = EXCLUDED.updated_at
				RETURNING id
				""").param("id", UuidV7.next()).param("institution", writing.institutionId())
			.param("division", writing.division()).param("type", type.name()).param("week", weekStart)
			.param("copied", copiedFrom).param("by", writing.by()).param("name", writing.byName())
			.param("now", writing.now()).query(UUID.class).single();
	}

	/** Replaces the week's dishes and plan days, each in one statement. */
	void replaceContent(UUID weekId, List<MenuDay> days, Writing writing) {
		jdbc.sql("DELETE FROM messaging_menu_dish WHERE week_id = :week").param("week", weekId).update();
		jdbc.sql("DELETE FROM messaging_menu_plan_day WHERE week_id = :week").param("week", weekId).update();
		List<UUID> ids = new ArrayList<>();
		List<LocalDate> dayOf = new ArrayList<>();
		List<String> meals = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> ingredients = new ArrayList<>();
		for (MenuDay day : days) {
			day.meals().forEach((meal, dishes) -> {
				for (int i = 0; i < dishes.size(); i++) {
					ids.add(UuidV7.next());
					dayOf.add(day.day());
					meals.add(meal.name());
					positions.add(i);
					names.add(dishes.get(i).name());
					ingredients.add(String.join(JOIN, dishes.get(i).ingredients()));
				}
			});
		}
		if (!ids.isEmpty()) {
			jdbc.sql("""
					INSERT INTO messaging_menu_dish (id, week_id, institution_id, division_code, day, meal, position, name, ingredients)
					SELECT d.id, :week, :institution, :division, d.day, d.meal, d.position, d.name,
					  CASE WHEN d.ingredients = '' THEN ARRAY[]::text[] ELSE string_to_array(d.ingredients, :join) END
					FROM unnest(CAST(:ids AS uuid[]), CAST(CAST(:days AS text[]) AS date[]), CAST(:meals AS text[]), CAST(:positions AS int[]),
					  CAST(:names AS text[]), CAST(:ingredients AS text[])) AS d(id, day, meal, position, name, ingredients)
					""").param("week", weekId).param("institution", writing.institutionId())
				.param("division", writing.division()).param("join", JOIN).param("ids", ids.toArray(UUID[]::new))
				.param("days", dates(dayOf.stream())).param("meals", meals.toArray(String[]::new))
				.param("positions", positions.toArray(Integer[]::new)).param("names", names.toArray(String[]::new))
				.param("ingredients", ingredients.toArray(String[]::new)).update();
		}
		List<MenuDay> planned = days.stream().filter(MenuDay::planned).toList();
		if (!planned.isEmpty()) {
			jdbc.sql("""
					INSERT INTO messaging_menu_plan_day (week_id, institution_id, division_code, day, theme, activities, goals)
					SELECT :week, :institution, :division, p.day, p.theme, p.activities, p.goals
					FROM unnest(CAST(CAST(:days AS text[]) AS date[]), CAST(:themes AS text[]), CAST(:activities AS text[]), CAST(:goals AS text[]))
					  AS p(day, theme, activities, goals)
					""").param("week", weekId).param("institution", writing.institutionId())
				.param("division", writing.division())
				.param("days", dates(planned.stream().map(MenuDay::day)))
				.param("themes", planned.stream().map(MenuDay::theme).toArray(String[]::new))
				.param("activities", planned.stream().map(MenuDay::activities).toArray(String[]::new))
				.param("goals", planned.stream().map(MenuDay::goals).toArray(String[]::new)).update();
		}
	}

	void publish(UUID weekId, UUID by, OffsetDateTime now) {
		jdbc.sql("UPDATE messaging_menu_week SET status = 'PUBLISHED', published_by = :by, published_at = :now WHERE id = :id")
			.param("id", weekId).param("by", by).param("now", now).update();
	}

	/** The weeks' days with content, in order, by week. */
	Map<UUID, List<MenuDay>> content(Collection<UUID> weekIds) {
		Map<UUID, TreeMap<LocalDate, DayParts>> weeks = new LinkedHashMap<>();
		weekIds.forEach(id -> weeks.put(id, new TreeMap<>()));
		if (weekIds.isEmpty()) {
			return Map.of();
		}
		UUID[] ids = weekIds.toArray(UUID[]::new);
		jdbc.sql("""
				SELECT week_id, day, meal, name, ingredients FROM messaging_menu_dish WHERE week_id = ANY(:ids)
				ORDER BY day, meal, position
				""").param("ids", ids).query(rs -> {
			DayParts day = weeks.get(rs.getObject("week_id", UUID.class))
				.computeIfAbsent(rs.getObject("day", LocalDate.class), d -> new DayParts());
			day.meals.computeIfAbsent(Meal.valueOf(rs.getString("meal")), m -> new ArrayList<>())
				.add(new Dish(rs.getString("name"), strings(rs.getArray("ingredients")), null));
		});
		jdbc.sql("SELECT week_id, day, theme, activities, goals FROM messaging_menu_plan_day WHERE week_id = ANY(:ids)")
			.param("ids", ids)
			.query(rs -> {
				DayParts day = weeks.get(rs.getObject("week_id", UUID.class))
					.computeIfAbsent(rs.getObject("day", LocalDate.class), d -> new DayParts());
				day.theme = rs.getString("theme");
				day.activities = rs.getString("activities");
				day.goals = rs.getString("goals");
			});
		Map<UUID, List<MenuDay>> content = new LinkedHashMap<>();
		weeks.forEach((id, days) -> content.put(id, days.entrySet()
			.stream()
			.map(e -> new MenuDay(e.getKey(), e.getValue().meals, e.getValue().theme, e.getValue().activities,
					e.getValue().goals))
			.toList()));
		return content;
	}

	/** The institution's weeks from {@code from} on, by week then class type, with what they hold. */
	List<WeekSummary> weeks(UUID institutionId, LocalDate from) {
		return jdbc.sql("""
				SELECT w.class_type, w.week_start, w.status, w.published_at,
				  (SELECT count(*) FROM messaging_menu_dish d WHERE d.week_id = w.id) AS dishes,
				  (SELECT count(*) FROM messaging_menu_plan_day p WHERE p.week_id = w.id) AS planned
				FROM messaging_menu_week w WHERE w.institution_id = :institution AND w.week_start >= :from
				ORDER BY w.week_start, w.class_type
				""").param("institution", institutionId).param("from", from)
			.query((rs, n) -> new WeekSummary(ClassType.valueOf(rs.getString("class_type")),
					rs.getObject("week_start", LocalDate.class), WeekStatus.valueOf(rs.getString("status")),
					rs.getInt("dishes"), rs.getInt("planned"), rs.getObject("published_at", OffsetDateTime.class)))
			.list();
	}

	/** Whether the week has any dish or planned day. */
	boolean hasContent(UUID weekId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM messaging_menu_dish WHERE week_id = :id)
				  OR EXISTS (SELECT 1 FROM messaging_menu_plan_day WHERE week_id = :id)
				""").param("id", weekId).query(Boolean.class).single();
	}

	/** A day's parts as they are read. */
	private static final class DayParts {

		final Map<Meal, List<Dish>> meals = new EnumMap<>(Meal.class);

		String theme;

		String activities;

		String goals;
	}

	/** Days as the text array the statements cast to {@code date[]} (the driver binds no {@code LocalDate[]}). */
	private static String[] dates(Stream<LocalDate> days) {
		return days.map(LocalDate::toString).toArray(String[]::new);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static WeekRow weekRow(ResultSet rs, int n) throws SQLException {
		return new WeekRow(rs.getObject("id", UUID.class), ClassType.valueOf(rs.getString("class_type")),
				rs.getObject("week_start", LocalDate.class), WeekStatus.valueOf(rs.getString("status")),
				rs.getString("updated_by_name"), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getObject("published_at", OffsetDateTime.class));
	}
}
