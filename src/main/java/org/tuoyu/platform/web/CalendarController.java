package org.tuoyu.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.calendar.CalendarDay;
import org.tuoyu.platform.calendar.CityCalendar;
import org.tuoyu.shared.DayKind;

/**
 * The city administrator's holiday and adjusted-workday table.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

	private final CityCalendar calendar;

	private final Clock clock;

	CalendarController(CityCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	record DayForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @NotNull DayKind kind,
			String note) {
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? Year.now(clock).getValue() : year;
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.exceptionsOf(shown));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DayForm(null, DayKind.HOLIDAY, ""));
		}
		model.addAttribute("kinds", DayKind.values());
		return "calendar/list";
	}

	@PostMapping
	@PreAuthorize("hasRole('CITY_ADMIN')")
	String put(@Valid @ModelAttribute("form") DayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				calendar.put(new CalendarDay(form.day(), form.kind(), form.note()));
				redirect.addFlashAttribute("flash", "calendar.saved");
				return "redirect:/admin/calendar?year=" + form.day().getYear();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return show(form.day() == null ? null : form.day().getYear(), model);
	}

	@PostMapping("/{day}/delete")
	@PreAuthorize("hasRole('CITY_ADMIN')")
	String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		calendar.remove(day);
		return "redirect:/admin/calendar?year=" + day.getYear();
	}
}
