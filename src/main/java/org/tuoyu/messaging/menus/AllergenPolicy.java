package org.tuoyu.messaging.menus;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a dish contains a child's allergen: its name or one of its main ingredients names the
 * allergen (虾 in 虾仁), or the allergen names the ingredient (鸡蛋 for 蛋), ignoring case and spaces;
 * a group allergen (海鲜, 坚果, 奶制品…) covers its members. It errs on the side of marking: a
 * family or caregiver checks a marked dish, an unmarked allergen could hurt.
 */
final class AllergenPolicy {

	/** Allergens that name a group, with the ingredients they cover. */
	static final Map<String, Set<String>> GROUPS = Map.of(
			"海鲜", Set.of("鱼", "虾", "蟹", "贝", "蛤", "蚝", "鱿鱼", "海带", "紫菜"),
			"水产", Set.of("鱼", "虾", "蟹", "贝"),
			"坚果", Set.of("核桃", "杏仁", "腰果", "榛子", "开心果", "松子", "板栗", "花生"),
			"奶制品", Set.of("奶", "奶酪", "黄油", "酸奶", "乳"),
			"乳制品", Set.of("奶", "奶酪", "黄油", "酸奶", "乳"),
			"蛋类", Set.of("蛋"),
			"麸质", Set.of("小麦", "面", "麦"),
			"seafood", Set.of("fish", "shrimp", "crab", "shellfish"),
			"nuts", Set.of("walnut", "almond", "cashew", "hazelnut", "peanut"));

	private AllergenPolicy() {
	}

	/** The allergens, of those given, the dish contains, in the order given. */
	static List<String> matched(Dish dish, Collection<String> allergens) {
		return allergens.stream().filter(a -> contains(dish, a)).distinct().toList();
	}

	/** Whether the dish contains the allergen. */
	static boolean contains(Dish dish, String allergen) {
		String wanted = normal(allergen);
		if (wanted.isEmpty()) {
			return false;
		}
		Set<String> covered = GROUPS.getOrDefault(wanted, Set.of());
		String name = normal(dish.name());
		return names(name, wanted, covered) || dish.ingredients()
			.stream()
			.map(AllergenPolicy::normal)
			.filter(i -> !i.isEmpty())
			.anyMatch(i -> names(i, wanted, covered) || wanted.contains(i));
	}

	/** Whether a name or ingredient names the allergen or one of the group's members. */
	private static boolean names(String text, String allergen, Set<String> covered) {
		return text.contains(allergen) || covered.stream().anyMatch(text::contains);
	}

	private static String normal(String text) {
		return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}
}
