package org.tuoyu.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.FirstAdministrator;

/**
 * The public landing page, the login page and the start page of each face.
 */
@Controller
class HomeController {

	private final CurrentUsers currentUsers;

	private final FirstAdministrator firstAdministrator;

	HomeController(CurrentUsers currentUsers, FirstAdministrator firstAdministrator) {
		this.currentUsers = currentUsers;
		this.firstAdministrator = firstAdministrator;
	}

	@GetMapping("/")
	String landing() {
		return "home/landing";
	}

	@GetMapping("/login")
	String login() {
		if (firstAdministrator.setupNeeded()) {
			return "redirect:/setup";
		}
		return currentUsers.current().isPresent() ? "redirect:/home" : "home/login";
	}

	/** Sends each role to its own face after login. */
	@GetMapping("/home")
	String home() {
		CurrentUser user = currentUsers.require();
		if (user.role().isOfficer()) {
			return "redirect:/admin";
		}
		if (user.role() == Role.COMMUNITY_HEALTH) {
			return "redirect:/admin/guidance";
		}
		if (user.role() == Role.GUIDANCE_PROVIDER) {
			return "redirect:/provider";
		}
		if (user.role().isInstitutionStaff()) {
			return "redirect:/org";
		}
		return "redirect:/family";
	}

	@GetMapping("/admin")
	String admin() {
		return "home/admin";
	}

	@GetMapping("/org")
	String institution() {
		return "home/org";
	}

}
