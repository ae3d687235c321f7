package org.tuoyu.supervision.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.supervision.DrawPublication;
import org.tuoyu.supervision.InspectionPlan;
import org.tuoyu.supervision.InspectionPlanManagement;
import org.tuoyu.supervision.InspectionPlanSampling;
import org.tuoyu.supervision.InspectorManagement;
import org.tuoyu.supervision.NewInspectionPlan;

/** Pages of inspection plans: list, new plan, detail with the seal and draw steps and the result. */
@Controller
class InspectionPlanController {

	private final CurrentUsers currentUsers;

	private final InspectionPlanManagement plans;

	private final DrawPublication publication;

	InspectionPlanController(CurrentUsers currentUsers, InspectionPlanManagement plans, DrawPublication publication) {
		this.currentUsers = currentUsers;
		this.plans = plans;
		this.publication = publication;
	}

	/** A plan as entered; streets as comma- or space-separated codes; risk weights as {@code riskWeights[credit]}. */
	record PlanForm(String divisionCode, String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd, InspectionPlanSampling sampling,
			Integer samplingValue, Integer inspectorsPerInstitution, List<InstitutionStatus> statuses,
			List<InstitutionCategory> categories, String streets, Boolean inclusiveOnly, Boolean excludePreviousRound,
			Map<String, Integer> riskWeights) {

		PlanForm {
			riskWeights = riskWeights == null ? Map.of() : riskWeights;
		}

		NewInspectionPlan plan() {
			List<String> codes = streets == null ? List.of()
					: Arrays.stream(streets.split("[,，\\s]+")).filter(code -> !code.isBlank()).toList();
			return new NewInspectionPlan(divisionCode, name, periodStart, periodEnd, sampling, samplingValue,
					inspectorsPerInstitution, statuses, categories, codes, inclusiveOnly, excludePreviousRound, riskWeights);
		}
	}

	@GetMapping("/admin/supervision/plans")
	String list(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("plans", plans.plans(user));
		model.addAttribute("administers", InspectorManagement.administers(user));
		return "supervision/draw/plans";
	}

	@GetMapping("/admin/supervision/plans/new")
	String form(Model model) {
		CurrentUser user = currentUsers.require();
		Map<String, Integer> defaultRiskWeights = plans.defaultRiskWeights();
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", new PlanForm(user.scope().divisionRoot().map(Object::toString).orElse(""), "",
					null, null, InspectionPlanSampling.RATIO, null, plans.settings().inspectorsPerInstitution(),
					plans.settings().statuses(), List.of(), "", false, plans.settings().excludePreviousRound(),
					defaultRiskWeights));
		}
		model.addAttribute("riskSignals", plans.riskSignals());
		model.addAttribute("defaultRiskWeights", defaultRiskWeights);
		model.addAttribute("samplings", InspectionPlanSampling.values());
		model.addAttribute("statusOptions",
				List.of(InstitutionStatus.FILED, InstitutionStatus.VERIFIED, InstitutionStatus.SUSPENDED));
		model.addAttribute("categoryOptions", InstitutionCategory.values());
		model.addAttribute("settings", plans.settings());
		return "supervision/draw/plan-form";
	}

	@PostMapping("/admin/supervision/plans")
	String create(@ModelAttribute("planForm") PlanForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				UUID id = plans.create(currentUsers.require(), form.plan());
				return "redirect:/admin/supervision/plans/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}

	@GetMapping("/admin/supervision/plans/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		InspectionPlan plan = plans.plan(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("administers", InspectorManagement.administers(user));
		if (plan.drawId() == null) {
			model.addAttribute("candidates", plans.candidates(user, id));
		}
		else {
			model.addAttribute("draw", publication.detail(plan.drawId()));
		}
		return "supervision/draw/plan";
	}

	@PostMapping("/admin/supervision/plans/{id}/seal")
	String seal(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, "supervision.draw.sealed", () -> plans.seal(currentUsers.require(), id));
	}

	@PostMapping("/admin/supervision/plans/{id}/draw")
	String draw(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, "supervision.draw.made", () -> plans.draw(currentUsers.require(), id));
	}

	private static String step(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		DrawPageActions.run(redirect, done, action);
		return "redirect:/admin/supervision/plans/" + id;
	}
}
