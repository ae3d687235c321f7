package org.tuoyu.messaging.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AllergenPolicyTests {

	private static Dish dish(String name, String... ingredients) {
		return new Dish(name, List.of(ingredients), null);
	}

	@Test
	void anIngredientNamingTheAllergenMatches() {
		assertThat(AllergenPolicy.contains(dish("西兰花炒虾仁", "西兰花", "虾仁"), "虾")).isTrue();
		assertThat(AllergenPolicy.contains(dish("蒸蛋羹", "鸡蛋"), "鸡蛋")).isTrue();
	}

	@Test
	void anAllergenNamingTheIngredientMatches() {
		assertThat(AllergenPolicy.contains(dish("蛋花汤", "蛋", "紫菜"), "鸡蛋")).isTrue();
	}

	@Test
	void theDishNameCountsWhenNoIngredientSaysIt() {
		assertThat(AllergenPolicy.contains(dish("番茄炒蛋"), "蛋")).isTrue();
	}

	@Test
	void aGroupAllergenCoversItsMembers() {
		assertThat(AllergenPolicy.contains(dish("清蒸鲈鱼", "鲈鱼"), "海鲜")).isTrue();
		assertThat(AllergenPolicy.contains(dish("核桃仁粥", "大米", "核桃"), "坚果")).isTrue();
	}

	@Test
	void caseAndSpacesDoNotMatter() {
		assertThat(AllergenPolicy.contains(dish("Peanut noodles", "Pea nut", "noodles"), "peanut")).isTrue();
	}

	@Test
	void anUnrelatedDishDoesNotMatch() {
		assertThat(AllergenPolicy.contains(dish("青菜豆腐汤", "青菜", "豆腐"), "鸡蛋")).isFalse();
		assertThat(AllergenPolicy.contains(dish("米饭", "大米"), " ")).isFalse();
	}

	@Test
	void matchedKeepsTheAllergensInOrderOnce() {
		assertThat(AllergenPolicy.matched(dish("虾仁蒸蛋", "虾仁", "鸡蛋"), List.of("鸡蛋", "牛奶", "虾", "鸡蛋")))
			.containsExactly("鸡蛋", "虾");
	}
}
