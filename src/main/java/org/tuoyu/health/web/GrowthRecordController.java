package org.tuoyu.health.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;

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
import org.tuoyu.health.GrowthRecord;
import org.tuoyu.health.GrowthRecordLink;
import org.tuoyu.health.GrowthRecordLinks;
import org.tuoyu.health.GrowthRecords;
import org.tuoyu.health.GrowthStandards;
import org.tuoyu.health.HealthManagement;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.NewMeasurement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * The growth record pages (生长监测): in the institution console a class's children with their
 * newest measurement, and one child's record with the form, history and charts; in the family
 * portal the child's charts, history and who viewed the record. {@code ?print} shows a page
 * without forms, to print.
 */
@Controller
class GrowthRecordController {

	private final CurrentUsers currentUsers;

	private final GrowthRecords records;

	private final GrowthStandards standards;

	private final HealthManagement health;

	private final ObjectProvider<GrowthRecordLinks> links;

	private final Clock clock;

	GrowthRecordController(CurrentUsers currentUsers, GrowthRecords records, GrowthStandards standards,
			HealthManagement health, ObjectProvider<GrowthRecordLinks> links, Clock clock) {
		this.currentUsers = currentUsers;
		this.records = records;
		this.standards = standards;
		this.health = health;
		this.links = links;
		this.clock = clock;
	}

	/** A measurement as entered; {@code confirmed} is offered once a value was found implausible. */
	record MeasurementForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn, BigDecimal weightKg,
			BigDecimal lengthCm, LengthMethod lengthMethod, BigDecimal headCircumferenceCm, Boolean confirmed) {

		NewMeasurement measurement() {
			return new NewMeasurement(measuredOn, weightKg, lengthCm, lengthMethod, headCircumferenceCm,
					Boolean.TRUE.equals(confirmed));
		}
	}

	@GetMapping("/org/health/growth")
	String classes(@RequestParam(required = false) UUID classId, Model model) {
		CurrentUser user = currentUsers.require();
		if (classId == null) {
			model.addAttribute("classes", health.classes(user));
			return "health/growth-classes";
		}
		model.addAttribute("children", records.classOverview(user, classId));
		model.addAttribute("classId", classId);
		return "health/growth-class";
	}

	@GetMapping("/org/health/growth/children/{childId}")
	String child(@PathVariable UUID childId, @RequestParam(required = false) String print, Model model) {
		if (!model.containsAttribute("measurementForm")) {
			model.addAttribute("measurementForm", new MeasurementForm(LocalDate.now(clock), null, null, null, null, null));
		}
		return page(records.measurements(currentUsers.require(), childId), print != null, model, "health/growth-child");
	}

	@PostMapping("/org/health/growth/children/{childId}")
	String record(@PathVariable UUID childId, @ModelAttribute("measurementForm") MeasurementForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				records.record(currentUsers.require(), childId, form.measurement());
				redirect.addFlashAttribute("flash", "growth.record.saved");
				return "redirect:/org/health/growth/children/" + childId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("askConfirmation", result.hasFieldErrors("confirmed"));
		return child(childId, null, model);
	}

	@GetMapping("/family/children/{childId}/growth")
	String family(@PathVariable UUID childId, @RequestParam(required = false) String print, Model model) {
		CurrentUser user = currentUsers.require();
		GrowthRecord record = records.measurements(user, childId);
		model.addAttribute("viewers", records.viewers(user, childId));
		return page(record, print != null, model, "health/growth-family");
	}

	private String page(GrowthRecord record, boolean print, Model model, String view) {
		CurrentUser user = currentUsers.require();
		List<GrowthRecordLink> more = links.orderedStream().flatMap(l -> l.linksFor(user, record.childId()).stream()).toList();
		model.addAttribute("recordLinks", more);
		model.addAttribute("record", record);
		model.addAttribute("charts", GrowthChart.of(record, standards));
		model.addAttribute("lengthMethods", LengthMethod.values());
		model.addAttribute("print", print);
		return view;
	}
}
