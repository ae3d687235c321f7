package org.tuoyu.messaging.menus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.platform.BusinessRuleException;

/**
 * What a week's menu and plan must be. A week runs Monday to Sunday and is written from the city's
 * current week up to {@link #WEEKS_AHEAD} weeks ahead, never for a week gone by. Each day lies in
 * the week, once; each meal has at most {@link #MAX_DISHES} dishes, each with a name of at most
 * {@link #MAX_NAME} characters and at most {@link #MAX_INGREDIENTS} main ingredients of at most
 * {@link #MAX_INGREDIENT}; a plan's theme, activities and goals are bounded too. Texts are stripped,
 * blank ones dropped, and days left with nothing are left out.
 */
final class MenuPolicy {

	static final int WEEKS_AHEAD = 8;

	static final int MAX_DISHES = 10;

	static final int MAX_NAME = 50;

	static final int MAX_INGREDIENTS = 20;

	static final int MAX_INGREDIENT = 20;

	static final int MAX_THEME = 100;

	static final int MAX_ACTIVITIES = 1000;

	static final int MAX_GOALS = 500;

	private MenuPolicy() {
	}

	/** The Monday of the day's week. */
	static LocalDate weekStart(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * Checks the week may be written today: Monday-based, from this week to {@link #WEEKS_AHEAD} ahead.
	 *
	 * @return the week's Monday
	 */
	static LocalDate writable(LocalDate weekStart, LocalDate today) {
		if (weekStart == null) {
			throw new BusinessRuleException("weekStart", "messaging.menus.field.required");
		}
		LocalDate monday = weekStart(weekStart);
		LocalDate thisWeek = weekStart(today);
		if (monday.isBefore(thisWeek)) {
			throw new BusinessRuleException("weekStart", "messaging.menus.week.past");
		}
		if (monday.isAfter(thisWeek.plusWeeks(WEEKS_AHEAD))) {
			throw new BusinessRuleException("weekStart", "messaging.menus.week.tooFar", WEEKS_AHEAD);
		}
		return monday;
	}

	/**
	 * The week's days as they will be stored: in the week, each once, in order, texts stripped and
	 * bounded, empty ones left out.
	 *
	 * @throws BusinessRuleException naming the day, meal and dish at fault
	 */
	static List<MenuDay> check(WeekDraft draft, LocalDate weekStart) {
		List<MenuDay> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		List<MenuDay> given = draft == null || draft.days() == null ? List.of() : draft.days();
		for (int i = 0; i < given.size(); i++) {
			MenuDay day = given.get(i);
			String field = "days[" + i + "]";
			if (day == null || day.day() == null) {
				throw new BusinessRuleException(field + ".day", "messaging.menus.field.required");
			}
			if (day.day().isBefore(weekStart) || day.day().isAfter(weekStart.plusDays(6))) {
				throw new BusinessRuleException(field + ".day", "messaging.menus.day.outside", day.day().toString(),
						weekStart.toString(), weekStart.plusDays(6).toString());
			}
			if (!seen.add(day.day())) {
				throw new BusinessRuleException(field + ".day", "messaging.menus.day.twice", day.day().toString());
			}
			String weekday = weekdayKey(day.day());
			MenuDay checked = new MenuDay(day.day(), meals(field, weekday, day.meals()),
					text(field + ".theme", weekday, "messaging.menus.plan.theme", day.theme(), MAX_THEME),
					text(field + ".activities", weekday, "messaging.menus.plan.activities", day.activities(), MAX_ACTIVITIES),
					text(field + ".goals", weekday, "messaging.menus.plan.goals", day.goals(), MAX_GOALS));
			if (!checked.empty()) {
				days.add(checked);
			}
		}
		days.sort((a, b) -> a.day().compareTo(b.day()));
		return days;
	}

	/** The message key of the day's weekday name. */
	static String weekdayKey(LocalDate day) {
		return "messaging.menus.weekday." + day.getDayOfWeek().name();
	}

	private static Map<Meal, List<Dish>> meals(String field, String weekday, Map<Meal, List<Dish>> meals) {
		Map<Meal, List<Dish>> checked = new java.util.EnumMap<>(Meal.class);
		if (meals == null) {
			return checked;
		}
		for (Map.Entry<Meal, List<Dish>> meal : meals.entrySet()) {
			if (meal.getKey() == null || meal.getValue() == null) {
				continue;
			}
			String mealField = field + ".meals." + meal.getKey().name();
			String mealKey = meal.getKey().messageKey();
			List<Dish> dishes = new ArrayList<>();
			for (int j = 0; j < meal.getValue().size(); j++) {
				Dish dish = dish(mealField + "[" + j + "]", weekday, mealKey, meal.getValue().get(j));
				if (dish != null) {
					dishes.add(dish);
				}
			}
			if (dishes.size() > MAX_DISHES) {
				throw new BusinessRuleException(mealField, "messaging.menus.meal.tooMany", weekday, mealKey, MAX_DISHES);
			}
			if (!dishes.isEmpty()) {
				checked.put(meal.getKey(), dishes);
			}
		}
		return checked;
	}

	/** A dish stripped and bounded; null for one with neither name nor ingredients. */
	private static Dish dish(String field, String weekday, String mealKey, Dish dish) {
		if (dish == null) {
			return null;
		}
		String name = dish.name() == null ? "" : dish.name().strip();
		List<String> ingredients = dish.ingredients().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (name.isEmpty() && ingredients.isEmpty()) {
			return null;
		}
		if (name.isEmpty()) {
			throw new BusinessRuleException(field + ".name", "messaging.menus.dish.name.required", weekday, mealKey);
		}
		if (name.length() > MAX_NAME) {
			throw new BusinessRuleException(field + ".name", "messaging.menus.dish.name.length", weekday, mealKey, name,
					MAX_NAME);
		}
		if (ingredients.size() > MAX_INGREDIENTS) {
			throw new BusinessRuleException(field + ".ingredients", "messaging.menus.dish.ingredients.tooMany", weekday,
					mealKey, name, MAX_INGREDIENTS);
		}
		for (String ingredient : ingredients) {
			if (ingredient.length() > MAX_INGREDIENT || ingredient.chars().anyMatch(Character::isISOControl)) {
				throw new BusinessRuleException(field + ".ingredients", "messaging.menus.dish.ingredient.invalid", weekday,
						mealKey, name, ingredient, MAX_INGREDIENT);
			}
		}
		return new Dish(name, ingredients, null);
	}

	private static String text(String field, String weekday, String labelKey, String raw, int max) {
		String text = raw == null || raw.isBlank() ? null : raw.strip();
		if (text != null && text.length() > max) {
			throw new BusinessRuleException(field, "messaging.menus.plan.length", weekday, labelKey, max);
		}
		return text;
	}
}
