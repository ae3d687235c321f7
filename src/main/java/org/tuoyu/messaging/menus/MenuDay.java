package org.tuoyu.messaging.menus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tuoyu.messaging.daily.Meal;

/**
 * One day of a week's menu and plan: the dishes of each meal served, and the day's theme,
 * activities and goals (each optional).
 */
public record MenuDay(LocalDate day, Map<Meal, List<Dish>> meals, String theme, String activities, String goals) {

	public MenuDay {
		EnumMap<Meal, List<Dish>> sorted = new EnumMap<>(Meal.class);
		if (meals != null) {
			meals.forEach((meal, dishes) -> {
				if (meal != null && dishes != null && !dishes.isEmpty()) {
					sorted.put(meal, List.copyOf(dishes));
				}
			});
		}
		meals = java.util.Collections.unmodifiableMap(sorted);
	}

	/** The day of the week, for its name. */
	public DayOfWeek dayOfWeek() {
		return day.getDayOfWeek();
	}

	/** Whether the day has neither dishes nor plan. */
	public boolean empty() {
		return meals.isEmpty() && theme == null && activities == null && goals == null;
	}

	/** Whether the day has a plan. */
	public boolean planned() {
		return theme != null || activities != null || goals != null;
	}

	/** The dishes of a meal, none when it is not served. */
	public List<Dish> dishes(Meal meal) {
		return meals.getOrDefault(meal, List.of());
	}
}
