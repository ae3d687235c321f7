package org.tuoyu.guidance.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start pages of parenting guidance for each face: officers and community health workers
 * ({@code /admin/guidance}), guidance providers' workers ({@code /provider}) and families
 * ({@code /family/guidance}). Each feature adds its cards through its {@code cards} fragments.
 */
@Controller
class GuidanceHomeController {

	@GetMapping("/admin/guidance")
	String officers() {
		return "guidance/home/admin";
	}

	@GetMapping("/provider")
	String provider() {
		return "guidance/home/provider";
	}

	@GetMapping("/family/guidance")
	String family() {
		return "guidance/home/family";
	}
}
