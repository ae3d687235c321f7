package org.tuoyu.messaging.menus;

import java.util.List;

/**
 * A dish of a menu with its main ingredients (主要食材).
 *
 * @param allergens the reader's child's allergens the dish contains, empty when none or when no
 *        child is concerned (ignored on input)
 */
public record Dish(String name, List<String> ingredients, List<String> allergens) {

	public Dish {
		ingredients = ingredients == null ? List.of() : ingredients.stream().filter(i -> i != null).toList();
		allergens = allergens == null ? List.of() : List.copyOf(allergens);
	}

	/** A dish for a child's family: the same dish with the child's allergens it contains. */
	Dish withAllergens(List<String> matched) {
		return new Dish(name, ingredients, matched);
	}

	/** Whether the dish contains an allergen of the child concerned. */
	public boolean flagged() {
		return !allergens.isEmpty();
	}
}
