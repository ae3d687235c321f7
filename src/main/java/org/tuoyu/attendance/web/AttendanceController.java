package org.tuoyu.attendance.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.attendance.AttendanceManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;

/**
 * The institution's attendance pages: every class's live ratio, and a class's day on a tablet —
 * one tap to check a child or a caregiver in, a choice of the person picking a child up, a refusal
 * of anyone else, a follow-up of an unexplained absence.
 */
@Controller
class AttendanceController {

	private final CurrentUsers currentUsers;

	private final AttendanceManagement attendance;

	AttendanceController(CurrentUsers currentUsers, AttendanceManagement attendance) {
		this.currentUsers = currentUsers;
		this.attendance = attendance;
	}

	@GetMapping("/org/attendance")
	String overview(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("ratios", attendance.liveRatios(user, user.scope().institutionId()));
		model.addAttribute("breaches", attendance.reportableBreaches(user, 7));
		return "attendance/overview";
	}

	@GetMapping("/org/attendance/classes/{classId}")
	String classDay(@PathVariable UUID classId, Model model) {
		model.addAttribute("classDay", attendance.classDay(currentUsers.require(), classId));
		return "attendance/class";
	}

	@PostMapping("/org/attendance/classes/{classId}/children/{childId}/in")
	String checkIn(@PathVariable UUID classId, @PathVariable UUID childId, RedirectAttributes redirect) {
		return act(classId, redirect, "attendance.checkedIn", () -> attendance.checkIn(currentUsers.require(), childId));
	}

	@PostMapping("/org/attendance/classes/{classId}/children/{childId}/out")
	String checkOut(@PathVariable UUID classId, @PathVariable UUID childId,
			@RequestParam(required = false) UUID pickedUpBy, RedirectAttributes redirect) {
		return act(classId, redirect, "attendance.checkedOut",
				() -> attendance.checkOut(currentUsers.require(), childId, pickedUpBy));
	}

	@PostMapping("/org/attendance/classes/{classId}/children/{childId}/refuse")
	String refuse(@PathVariable UUID classId, @PathVariable UUID childId, @RequestParam(required = false) String personName,
			RedirectAttributes redirect) {
		return act(classId, redirect, "attendance.refused",
				() -> attendance.refusePickup(currentUsers.require(), childId, personName));
	}

	@PostMapping("/org/attendance/classes/{classId}/children/{childId}/follow-up")
	String followUp(@PathVariable UUID classId, @PathVariable UUID childId, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(classId, redirect, "attendance.followedUp",
				() -> attendance.followUp(currentUsers.require(), childId, note));
	}

	@PostMapping("/org/attendance/classes/{classId}/caregivers/{personId}/in")
	String staffIn(@PathVariable UUID classId, @PathVariable UUID personId, RedirectAttributes redirect) {
		return act(classId, redirect, "attendance.staff.checkedIn",
				() -> attendance.staffCheckIn(currentUsers.require(), classId, personId));
	}

	@PostMapping("/org/attendance/classes/{classId}/caregivers/{personId}/out")
	String staffOut(@PathVariable UUID classId, @PathVariable UUID personId, RedirectAttributes redirect) {
		return act(classId, redirect, "attendance.staff.checkedOut",
				() -> attendance.staffCheckOut(currentUsers.require(), classId, personId));
	}

	@GetMapping("/admin/attendance/breaches")
	String breaches(Model model) {
		model.addAttribute("breaches", attendance.reportableBreaches(currentUsers.require(), 7));
		return "attendance/breaches";
	}

	/** Runs one tap's action and returns to the class page with its outcome (a refusal keeps the page as it was). */
	private String act(UUID classId, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/org/attendance/classes/" + classId;
	}
}
