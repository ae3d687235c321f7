package org.tuoyu.messaging.menus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tuoyu.health.Allergy;
import org.tuoyu.institution.ClassType;

/**
 * A class's menu of one day as the staff see it: the published (or, for the staff, draft) dishes of
 * its class type with the allergens of the class's children they contain, which children are
 * allergic to what is on the menu, and every allergy of the class's children.
 *
 * @param status the week's status, absent when none was written
 */
public record ClassMenuDay(UUID classId, String className, ClassType classType, LocalDate day, WeekStatus status,
		MenuDay menu, List<AllergyAlert> alerts, List<Allergy> allergies) {

	/**
	 * A child allergic to dishes on the day's menu.
	 *
	 * @param dishes the dishes that contain the allergen, as "meal: dish"
	 */
	public record AllergyAlert(UUID childId, String childName, Allergy allergy, List<String> dishes) {
	}
}
