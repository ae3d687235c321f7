package org.tuoyu.messaging.daily.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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
import org.tuoyu.messaging.daily.DailyReportManagement;
import org.tuoyu.messaging.daily.DrinkAmount;
import org.tuoyu.messaging.daily.EntryKind;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.messaging.daily.Mood;
import org.tuoyu.messaging.daily.Nappy;
import org.tuoyu.messaging.daily.NewDose;
import org.tuoyu.messaging.daily.Portion;
import org.tuoyu.platform.CurrentUsers;

/**
 * The institution's daily-report pages: the classes, a class's tablet page (pick children, pick
 * what to record, one tap), a child's day with corrections and withdrawals, and the medicine log.
 */
@Controller
class DailyReportController {

	private final CurrentUsers currentUsers;

	private final DailyReportManagement daily;

	private final Clock clock;

	DailyReportController(CurrentUsers currentUsers, DailyReportManagement daily, Clock clock) {
		this.currentUsers = currentUsers;
		this.daily = daily;
		this.clock = clock;
	}

	@GetMapping("/org/daily")
	String classes(Model model) {
		model.addAttribute("classes", daily.classes(currentUsers.require()));
		return "messaging/daily/org-classes";
	}

	@GetMapping("/org/daily/classes/{classId}")
	String classSheet(@PathVariable UUID classId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("sheet", daily.classSheet(currentUsers.require(), classId, day));
		addChoices(model);
		return "messaging/daily/org-class";
	}

	@PostMapping("/org/daily/classes/{classId}/entries")
	String record(@PathVariable UUID classId, @ModelAttribute EntryForm form, BindingResult result,
			RedirectAttributes redirect) {
		String target = "/org/daily/classes/" + classId;
		if (result.hasErrors()) {
			PageOutcome.refused(redirect, "messaging.daily.form.invalid");
			return "redirect:" + target;
		}
		return PageOutcome.redirect(redirect, target, "messaging.daily.recorded",
				() -> daily.record(currentUsers.require(), form.entries(LocalDate.now(clock))));
	}

	@PostMapping("/org/daily/classes/{classId}/naps/end")
	String endNaps(@PathVariable UUID classId, @RequestParam(required = false) List<UUID> childIds,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time, RedirectAttributes redirect) {
		return PageOutcome.redirect(redirect, "/org/daily/classes/" + classId, "messaging.daily.nap.ended",
				() -> daily.endNaps(currentUsers.require(), childIds, time == null ? null : LocalDate.now(clock).atTime(time)));
	}

	@PostMapping("/org/daily/medicine-requests/{id}/doses")
	String giveMedicine(@PathVariable UUID id, @RequestParam(required = false) UUID classId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		String target = classId == null ? "/org/daily" : "/org/daily/classes/" + classId;
		return PageOutcome.redirect(redirect, target, "messaging.daily.medicine.given",
				() -> daily.giveMedicine(currentUsers.require(), id,
						new NewDose(time == null ? null : LocalDate.now(clock).atTime(time), note)));
	}

	@GetMapping("/org/daily/children/{childId}")
	String childDay(@PathVariable UUID childId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("childDay", daily.childDay(currentUsers.require(), childId, day));
		addChoices(model);
		return "messaging/daily/org-child";
	}

	@PostMapping("/org/daily/entries/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam UUID childId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return PageOutcome.redirect(redirect, "/org/daily/children/" + childId, "messaging.daily.entry.withdrawn",
				() -> daily.withdraw(currentUsers.require(), id, reason));
	}

	@PostMapping("/org/daily/entries/{id}/correction")
	String correct(@PathVariable UUID id, @RequestParam UUID childId, @ModelAttribute EntryForm form,
			BindingResult result, RedirectAttributes redirect) {
		String target = "/org/daily/children/" + childId;
		if (result.hasErrors()) {
			PageOutcome.refused(redirect, "messaging.daily.form.invalid");
			return "redirect:" + target;
		}
		return PageOutcome.redirect(redirect, target, "messaging.daily.entry.corrected",
				() -> daily.correct(currentUsers.require(), id, form.values(LocalDate.now(clock))));
	}

	/** What the entry forms offer: the kinds staff record on the tablet and each kind's values. */
	private static void addChoices(Model model) {
		model.addAttribute("kinds", Arrays.stream(EntryKind.values())
			.filter(k -> k.recorded() && k != EntryKind.MEDICINE)
			.toList());
		model.addAttribute("meals", Meal.values());
		model.addAttribute("portions", Portion.values());
		model.addAttribute("drinkAmounts", DrinkAmount.values());
		model.addAttribute("nappies", Nappy.values());
		model.addAttribute("moods", Mood.values());
	}
}
