package org.tuoyu.messaging.menus.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.messaging.menus.MenuManagement;
import org.tuoyu.platform.CurrentUsers;

/**
 * The guardians' menu pages, phone-first: their children, and a child's menu and plan of this
 * week and next with the dishes containing the child's allergens marked.
 */
@Controller
class FamilyMenuController {

	private final CurrentUsers currentUsers;

	private final MenuManagement menus;

	private final FamilyManagement family;

	FamilyMenuController(CurrentUsers currentUsers, MenuManagement menus, FamilyManagement family) {
		this.currentUsers = currentUsers;
		this.menus = menus;
		this.family = family;
	}

	@GetMapping("/family/menus")
	String children(Model model) {
		model.addAttribute("children", family.children(currentUsers.require()));
		return "messaging/menus/family-children";
	}

	@GetMapping("/family/menus/children/{childId}")
	String child(@PathVariable UUID childId, Model model) {
		model.addAttribute("menus", menus.childMenus(currentUsers.require(), childId));
		model.addAttribute("meals", Meal.values());
		model.addAttribute("thisWeek", menus.thisWeek());
		return "messaging/menus/family-child";
	}
}
