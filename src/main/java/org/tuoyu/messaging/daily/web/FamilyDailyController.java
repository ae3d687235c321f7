package org.tuoyu.messaging.daily.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.messaging.daily.DailyReportManagement;
import org.tuoyu.messaging.daily.NewMedicineRequest;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * The guardians' daily-report pages, phone-first: their children, a child's day as it happens
 * (the timeline refreshes itself) with its summary and earlier days, and the written medicine
 * request.
 */
@Controller
class FamilyDailyController {

	private final CurrentUsers currentUsers;

	private final DailyReportManagement daily;

	private final FamilyManagement family;

	FamilyDailyController(CurrentUsers currentUsers, DailyReportManagement daily, FamilyManagement family) {
		this.currentUsers = currentUsers;
		this.daily = daily;
		this.family = family;
	}

	/** A medicine request as the phone form sends it: up to three times of day. */
	record MedicineForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, String medication, String dose,
			@DateTimeFormat(pattern = "HH:mm") LocalTime firstTime, @DateTimeFormat(pattern = "HH:mm") LocalTime secondTime,
			@DateTimeFormat(pattern = "HH:mm") LocalTime thirdTime, String note) {

		NewMedicineRequest request(UUID childId) {
			List<LocalTime> times = Stream.of(firstTime, secondTime, thirdTime).filter(Objects::nonNull).toList();
			return new NewMedicineRequest(childId, day, medication, dose, times, note);
		}
	}

	@GetMapping("/family/daily")
	String children(Model model) {
		model.addAttribute("children", family.children(currentUsers.require()));
		return "messaging/daily/family-children";
	}

	@GetMapping("/family/daily/children/{childId}")
	String childDay(@PathVariable UUID childId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("childDay", daily.childDay(currentUsers.require(), childId, day));
		return "messaging/daily/family-child";
	}

	/** Today's summary and timeline again, for the page to swap in while the day goes on. */
	@GetMapping("/family/daily/children/{childId}/live")
	String live(@PathVariable UUID childId, Model model) {
		model.addAttribute("childDay", daily.childDay(currentUsers.require(), childId, null));
		return "messaging/daily/family-child :: live";
	}

	@GetMapping("/family/daily/children/{childId}/medicine")
	String medicineForm(@PathVariable UUID childId, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("child", family.child(user, childId));
		if (!model.containsAttribute("medicineForm")) {
			model.addAttribute("medicineForm", new MedicineForm(null, null, null, null, null, null, null));
		}
		return "messaging/daily/family-medicine";
	}

	@PostMapping("/family/daily/children/{childId}/medicine")
	String requestMedicine(@PathVariable UUID childId, @ModelAttribute("medicineForm") MedicineForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return medicineForm(childId, model);
		}
		try {
			daily.requestMedicine(currentUsers.require(), form.request(childId));
			redirect.addFlashAttribute("flash", "messaging.daily.medicine.requested");
			return "redirect:/family/daily/children/" + childId;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return medicineForm(childId, model);
		}
	}

	@PostMapping("/family/daily/medicine-requests/{id}/cancellation")
	String cancelMedicine(@PathVariable UUID id, @RequestParam UUID childId, RedirectAttributes redirect) {
		return PageOutcome.redirect(redirect, "/family/daily/children/" + childId, "messaging.daily.medicine.withdrawn",
				() -> daily.cancelMedicineRequest(currentUsers.require(), id));
	}
}
