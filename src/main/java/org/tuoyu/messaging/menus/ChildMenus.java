package org.tuoyu.messaging.menus;

import java.util.List;
import java.util.UUID;

import org.tuoyu.health.Allergy;
import org.tuoyu.institution.ClassType;

/**
 * What a child's family sees: the published menu and plan of the child's class type for this week
 * and next (when published), the dishes containing one of the child's allergens marked, and the
 * child's allergies.
 *
 * @param classType absent when the child is not placed at an institution
 */
public record ChildMenus(UUID childId, String childName, String institutionName, ClassType classType,
		List<Allergy> allergies, List<MenuWeek> weeks) {
}
