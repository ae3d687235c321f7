package org.tuoyu.health.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tuoyu.health.GrowthIndicator;
import org.tuoyu.health.GrowthMeasurement;
import org.tuoyu.health.GrowthStandards;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.shared.Sex;

/**
 * The public growth calculator page (生长评价): a form whose results come back on the same page.
 * Nothing is stored, so the answer is rendered directly rather than redirected.
 */
@Controller
class GrowthCalculatorController {

	private final GrowthStandards standards;

	private final Clock clock;

	GrowthCalculatorController(GrowthStandards standards, Clock clock) {
		this.standards = standards;
		this.clock = clock;
	}

	/** The calculator's fields as entered. */
	record CalculatorForm(Sex sex, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn, BigDecimal weightKg, BigDecimal lengthCm,
			LengthMethod lengthMethod, BigDecimal headCircumferenceCm) {

		GrowthMeasurement measurement() {
			return new GrowthMeasurement(sex, birthDate, measuredOn, weightKg, lengthCm, lengthMethod, headCircumferenceCm);
		}
	}

	@GetMapping("/growth/calculator")
	String form(Model model) {
		if (!model.containsAttribute("calculatorForm")) {
			model.addAttribute("calculatorForm", new CalculatorForm(null, null, LocalDate.now(clock), null, null, null, null));
		}
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("lengthMethods", LengthMethod.values());
		model.addAttribute("indicators", GrowthIndicator.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "growth/calculator";
	}

	@PostMapping("/growth/calculator")
	String calculate(@ModelAttribute("calculatorForm") CalculatorForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("assessment", standards.assess(form.measurement()));
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}
}
