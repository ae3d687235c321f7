package org.tuoyu.messaging.menus.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.messaging.menus.Dish;
import org.tuoyu.messaging.menus.MenuDay;
import org.tuoyu.messaging.menus.MenuTexts;
import org.tuoyu.messaging.menus.MenuWeek;
import org.tuoyu.messaging.menus.WeekDraft;

/**
 * The week's form: a card per day (Monday to Friday, and the weekend when it has content), each
 * meal a text box with one dish a line ({@code 番茄炒蛋：番茄、鸡蛋}), and the day's plan.
 */
record WeekForm(List<DayForm> days) {

	/** One day of the form. */
	record DayForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, String breakfast, String morningSnack,
			String lunch, String afternoonSnack, String supper, String theme, String activities, String goals) {

		/** The text box of a meal. */
		public String meal(Meal meal) {
			return switch (meal) {
				case BREAKFAST -> breakfast;
				case MORNING_SNACK -> morningSnack;
				case LUNCH -> lunch;
				case AFTERNOON_SNACK -> afternoonSnack;
				case SUPPER -> supper;
			};
		}

		/** The form's field name of a meal's box. */
		static String field(Meal meal) {
			return switch (meal) {
				case BREAKFAST -> "breakfast";
				case MORNING_SNACK -> "morningSnack";
				case LUNCH -> "lunch";
				case AFTERNOON_SNACK -> "afternoonSnack";
				case SUPPER -> "supper";
			};
		}
	}

	/** The form filled with what the week says. */
	static WeekForm of(MenuWeek week) {
		List<DayForm> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate day = week.weekStart().plusDays(i);
			MenuDay content = week.days().stream().filter(d -> d.day().equals(day)).findFirst().orElse(null);
			if (content == null && day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0) {
				continue;
			}
			if (content == null) {
				days.add(new DayForm(day, null, null, null, null, null, null, null, null));
			}
			else {
				days.add(new DayForm(day, MenuTexts.format(content.dishes(Meal.BREAKFAST)),
						MenuTexts.format(content.dishes(Meal.MORNING_SNACK)), MenuTexts.format(content.dishes(Meal.LUNCH)),
						MenuTexts.format(content.dishes(Meal.AFTERNOON_SNACK)), MenuTexts.format(content.dishes(Meal.SUPPER)),
						content.theme(), content.activities(), content.goals()));
			}
		}
		return new WeekForm(days);
	}

	/** What the form says, as a draft. */
	WeekDraft draft() {
		List<MenuDay> result = new ArrayList<>();
		for (DayForm day : days == null ? List.<DayForm>of() : days) {
			if (day == null) {
				continue;
			}
			Map<Meal, List<Dish>> meals = new EnumMap<>(Meal.class);
			for (Meal meal : Meal.values()) {
				meals.put(meal, MenuTexts.parse(day.meal(meal)));
			}
			result.add(new MenuDay(day.day(), meals, day.theme(), day.activities(), day.goals()));
		}
		return new WeekDraft(result);
	}
}
