package org.tuoyu.messaging.menus;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A meal's dishes as the staff type them on the page, one dish a line: the name, then after a
 * colon the main ingredients separated by 、 or commas — {@code 番茄炒蛋：番茄、鸡蛋}.
 */
public final class MenuTexts {

	/** Between a dish and its ingredients on a line. */
	private static final Pattern NAME_SEPARATOR = Pattern.compile("[:：]");

	/** Between ingredients. */
	private static final Pattern INGREDIENT_SEPARATOR = Pattern.compile("[、,，;；/]+");

	private MenuTexts() {
	}

	/** The dishes written in the text, blank lines skipped. */
	public static List<Dish> parse(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(line -> {
			String[] parts = NAME_SEPARATOR.split(line, 2);
			List<String> ingredients = parts.length < 2 ? List.of()
					: Arrays.stream(INGREDIENT_SEPARATOR.split(parts[1])).map(String::strip).filter(s -> !s.isEmpty()).toList();
			return new Dish(parts[0].strip(), ingredients, null);
		}).toList();
	}

	/** The dishes as the page writes them, the inverse of {@link #parse}. */
	public static String format(List<Dish> dishes) {
		return dishes.stream()
			.map(d -> d.ingredients().isEmpty() ? d.name() : d.name() + "：" + String.join("、", d.ingredients()))
			.collect(Collectors.joining("\n"));
	}
}
