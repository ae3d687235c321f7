package org.tuoyu.messaging.menus.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.tuoyu.institution.ClassType;
import org.tuoyu.messaging.daily.Meal;
import org.tuoyu.messaging.menus.MenuManagement;
import org.tuoyu.messaging.menus.MenuWeek;
import org.tuoyu.messaging.menus.WeekSummary;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;

/**
 * The institution's menu pages: the weeks of each class type (this week and the next ones), a
 * week's form (save a draft, copy last week's, publish), and a class's menu of the day with its
 * allergy alerts.
 */
@Controller
class MenuController {

	/** How many weeks from this one the overview offers. */
	static final int WEEKS_SHOWN = 4;

	private final CurrentUsers currentUsers;

	private final MenuManagement menus;

	MenuController(CurrentUsers currentUsers, MenuManagement menus) {
		this.currentUsers = currentUsers;
		this.menus = menus;
	}

	@GetMapping("/org/menus")
	String overview(Model model) {
		CurrentUser user = currentUsers.require();
		LocalDate thisWeek = menus.thisWeek();
		Map<String, WeekSummary> written = menus.weeks(user)
			.stream()
			.collect(Collectors.toMap(w -> w.classType() + "/" + w.weekStart(), Function.identity()));
		model.addAttribute("types", menus.classTypes(user));
		model.addAttribute("weeks", java.util.stream.IntStream.range(0, WEEKS_SHOWN).mapToObj(thisWeek::plusWeeks).toList());
		model.addAttribute("written", written);
		model.addAttribute("classes", menus.classes(user));
		model.addAttribute("thisWeek", thisWeek);
		return "messaging/menus/org-weeks";
	}

	@GetMapping("/org/menus/weeks/{type}/{weekStart}")
	String week(@PathVariable ClassType type,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart, Model model) {
		MenuWeek week = menus.week(currentUsers.require(), type, weekStart);
		if (!model.containsAttribute("weekForm")) {
			model.addAttribute("weekForm", WeekForm.of(week));
		}
		return weekPage(week, model);
	}

	@PostMapping("/org/menus/weeks/{type}/{weekStart}")
	String save(@PathVariable ClassType type,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart,
			@ModelAttribute("weekForm") WeekForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		CurrentUser user = currentUsers.require();
		if (!result.hasErrors()) {
			try {
				MenuWeek saved = menus.save(user, type, weekStart, form.draft());
				redirect.addFlashAttribute("flash", "messaging.menus.saved");
				return "redirect:" + path(saved);
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		else {
			result.reject("messaging.menus.form.invalid");
		}
		return weekPage(menus.week(user, type, weekStart), model);
	}

	@PostMapping("/org/menus/weeks/{type}/{weekStart}/copy")
	String copy(@PathVariable ClassType type,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart, RedirectAttributes redirect) {
		return outcome(redirect, type, weekStart, "messaging.menus.copied",
				() -> menus.copyPrevious(currentUsers.require(), type, weekStart));
	}

	@PostMapping("/org/menus/weeks/{type}/{weekStart}/publication")
	String publish(@PathVariable ClassType type,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart, RedirectAttributes redirect) {
		return outcome(redirect, type, weekStart, "messaging.menus.published",
				() -> menus.publish(currentUsers.require(), type, weekStart));
	}

	@GetMapping("/org/menus/classes/{classId}")
	String classDay(@PathVariable UUID classId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("classDay", menus.classDay(currentUsers.require(), classId, day));
		model.addAttribute("meals", Meal.values());
		return "messaging/menus/org-class";
	}

	private String weekPage(MenuWeek week, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("week", week);
		model.addAttribute("meals", Meal.values());
		model.addAttribute("edits", user.role() == Role.INSTITUTION_ADMIN || user.role() == Role.HEALTH_WORKER);
		model.addAttribute("fields", List.of(Meal.values()).stream().collect(Collectors.toMap(Function.identity(),
				WeekForm.DayForm::field)));
		return "messaging/menus/org-week";
	}

	private String outcome(RedirectAttributes redirect, ClassType type, LocalDate weekStart, String success,
			Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flash", success);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/org/menus/weeks/" + type + "/" + weekStart;
	}

	private static String path(MenuWeek week) {
		return "/org/menus/weeks/" + week.classType() + "/" + week.weekStart();
	}
}
