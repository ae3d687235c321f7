package org.tuoyu.attendance.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.attendance.GateDevices;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;

/** The institution's gate devices: create (the token is shown once), list, revoke. */
@Controller
class DeviceController {

	private final CurrentUsers currentUsers;

	private final GateDevices devices;

	DeviceController(CurrentUsers currentUsers, GateDevices devices) {
		this.currentUsers = currentUsers;
		this.devices = devices;
	}

	@GetMapping("/org/devices")
	String list(Model model) {
		model.addAttribute("devices", devices.list(currentUsers.require()));
		return "attendance/devices";
	}

	@PostMapping("/org/devices")
	String create(@RequestParam(required = false) String name, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", devices.create(currentUsers.require(), name));
			redirect.addFlashAttribute("flash", "attendance.device.created");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/org/devices";
	}

	@PostMapping("/org/devices/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		devices.revoke(currentUsers.require(), id);
		redirect.addFlashAttribute("flash", "attendance.device.revoked");
		return "redirect:/org/devices";
	}
}
