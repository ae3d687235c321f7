package org.tuoyu.messaging.menus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.platform.BusinessRuleException;

class MenuPolicyTests {

	/** A Wednesday; its week starts on Monday 2026-12-07. */
	static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

	static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	private static MenuDay day(LocalDate day, Meal meal, Dish... dishes) {
		return new MenuDay(day, Map.of(meal, List.of(dishes)), null, null, null);
	}

	@Test
	void aWeekStartsOnItsMonday() {
		assertThat(MenuPolicy.weekStart(WEDNESDAY)).isEqualTo(MONDAY);
		assertThat(MenuPolicy.weekStart(MONDAY.plusDays(6))).isEqualTo(MONDAY);
		assertThat(MenuPolicy.writable(WEDNESDAY, WEDNESDAY)).isEqualTo(MONDAY);
	}

	@Test
	void aWeekGoneByOrTooFarAheadIsNotWritable() {
		assertThatThrownBy(() -> MenuPolicy.writable(MONDAY.minusDays(1), WEDNESDAY)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("messaging.menus.week.past");
		assertThat(MenuPolicy.writable(MONDAY.plusWeeks(MenuPolicy.WEEKS_AHEAD), WEDNESDAY))
			.isEqualTo(MONDAY.plusWeeks(MenuPolicy.WEEKS_AHEAD));
		assertThatThrownBy(() -> MenuPolicy.writable(MONDAY.plusWeeks(MenuPolicy.WEEKS_AHEAD + 1), WEDNESDAY))
			.hasMessage("messaging.menus.week.tooFar");
	}

	@Test
	void daysAreStrippedSortedAndEmptyOnesLeftOut() {
		List<MenuDay> days = MenuPolicy.check(new WeekDraft(List.of(
				day(WEDNESDAY, Meal.LUNCH, new Dish(" 番茄炒蛋 ", List.of(" 番茄", "鸡蛋 ", "", "番茄"), null)),
				new MenuDay(MONDAY, Map.of(Meal.LUNCH, List.of(new Dish(" ", List.of(), null))), " ", null, null),
				new MenuDay(MONDAY.plusDays(1), Map.of(), " 认识冬天 ", null, null))), MONDAY);
		assertThat(days).extracting(MenuDay::day).containsExactly(MONDAY.plusDays(1), WEDNESDAY);
		assertThat(days.get(0).theme()).isEqualTo("认识冬天");
		assertThat(days.get(1).dishes(Meal.LUNCH)).singleElement()
			.satisfies(d -> {
				assertThat(d.name()).isEqualTo("番茄炒蛋");
				assertThat(d.ingredients()).containsExactly("番茄", "鸡蛋");
			});
	}

	@Test
	void aDayOutsideTheWeekOrTwiceIsRefused() {
		assertThatThrownBy(() -> MenuPolicy.check(new WeekDraft(List.of(day(MONDAY.plusDays(7), Meal.LUNCH,
				new Dish("米饭", List.of(), null)))), MONDAY))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("messaging.menus.day.outside");
				assertThat(ex.field()).isEqualTo("days[0].day");
			});
		assertThatThrownBy(() -> MenuPolicy.check(new WeekDraft(List.of(day(MONDAY, Meal.LUNCH, new Dish("米饭", null, null)),
				day(MONDAY, Meal.SUPPER, new Dish("面条", null, null)))), MONDAY))
			.hasMessage("messaging.menus.day.twice");
	}

	@Test
	void aDishNeedsANameWithinBounds() {
		assertThatThrownBy(() -> MenuPolicy.check(new WeekDraft(List.of(day(MONDAY, Meal.LUNCH,
				new Dish("", List.of("鸡蛋"), null)))), MONDAY))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("days[0].meals.LUNCH[0].name");
				assertThat(ex.arguments()).containsExactly("messaging.menus.weekday.MONDAY", "messaging.daily.meal.LUNCH");
			});
		assertThatThrownBy(() -> MenuPolicy.check(new WeekDraft(List.of(day(MONDAY, Meal.LUNCH,
				new Dish("菜".repeat(MenuPolicy.MAX_NAME + 1), List.of(), null)))), MONDAY))
			.hasMessage("messaging.menus.dish.name.length");
		assertThatThrownBy(() -> MenuPolicy.check(new WeekDraft(List.of(day(MONDAY, Meal.LUNCH,
				new Dish("汤", List.of("料\u001f酒"), null)))), MONDAY))
			.hasMessage("messaging.menus.dish.ingredient.invalid");
	}

	@Test
	void aMealHasAtMostTenDishesAndAPlanIsBounded() {
		Dish rice = new Dish("米饭", List.of(), null);
		assertThatThrownBy(() -> MenuPolicy.check(new WeekDraft(List.of(new MenuDay(MONDAY,
				Map.of(Meal.LUNCH, Collections.nCopies(MenuPolicy.MAX_DISHES + 1, rice)), null, null, null))), MONDAY))
			.hasMessage("messaging.menus.meal.tooMany");
		assertThatThrownBy(() -> MenuPolicy.check(new WeekDraft(List.of(new MenuDay(MONDAY, Map.of(), null, null,
				"目".repeat(MenuPolicy.MAX_GOALS + 1)))), MONDAY))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("days[0].goals"));
	}

	@Test
	void aMealIsWrittenOneDishALine() {
		List<Dish> dishes = MenuTexts.parse("番茄炒蛋：番茄、鸡蛋\n\n  米饭  \n虾仁豆腐: 虾仁, 豆腐；葱");
		assertThat(dishes).extracting(Dish::name).containsExactly("番茄炒蛋", "米饭", "虾仁豆腐");
		assertThat(dishes.get(2).ingredients()).containsExactly("虾仁", "豆腐", "葱");
		assertThat(MenuTexts.format(dishes)).isEqualTo("番茄炒蛋：番茄、鸡蛋\n米饭\n虾仁豆腐：虾仁、豆腐、葱");
		assertThat(MenuTexts.parse(null)).isEmpty();
	}
}
