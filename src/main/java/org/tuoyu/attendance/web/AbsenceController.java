package org.tuoyu.attendance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.attendance.AbsenceReason;
import org.tuoyu.attendance.AttendanceManagement;
import org.tuoyu.attendance.NewAbsence;
import org.tuoyu.attendance.Symptom;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/** A guardian reports absences (phone-width) and sees the current and coming ones. */
@Controller
class AbsenceController {

	private final CurrentUsers currentUsers;

	private final AttendanceManagement attendance;

	private final FamilyManagement family;

	private final Clock clock;

	AbsenceController(CurrentUsers currentUsers, AttendanceManagement attendance, FamilyManagement family, Clock clock) {
		this.currentUsers = currentUsers;
		this.attendance = attendance;
		this.family = family;
		this.clock = clock;
	}

	/** The absence form. */
	record AbsenceForm(UUID childId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, AbsenceReason reason, Set<Symptom> symptoms,
			String note) {
	}

	@GetMapping("/family/absences")
	String absences(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("absences", attendance.absences(user));
		model.addAttribute("children", family.children(user));
		model.addAttribute("reasons", AbsenceReason.values());
		model.addAttribute("symptoms", Symptom.values());
		if (!model.containsAttribute("absenceForm")) {
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("absenceForm", new AbsenceForm(null, today, today, AbsenceReason.ILLNESS, Set.of(), ""));
		}
		return "attendance/absences";
	}

	@PostMapping("/family/absences")
	String report(@ModelAttribute("absenceForm") AbsenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				attendance.reportAbsence(currentUsers.require(), new NewAbsence(form.childId(), form.firstDay(),
						form.lastDay(), form.reason(), form.symptoms(), form.note()));
				redirect.addFlashAttribute("flash", "attendance.absence.reported");
				return "redirect:/family/absences";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return absences(model);
	}
}
