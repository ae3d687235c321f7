package org.tuoyu.enrollment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.tuoyu.enrollment.EnrollmentManagement;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.enrollment.EnrollmentRules;
import org.tuoyu.enrollment.NewApplication;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.enrollment.SupportNeed;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * Applying for places (guardians), the institution's waitlists and the published priority rules.
 */
@Controller
class EnrollmentController {

	/** How many applications of a line the page shows unless asked for all. */
	private static final int LINE_SHOWN = 100;

	private final CurrentUsers currentUsers;

	private final EnrollmentManagement enrollment;

	private final FamilyManagement family;

	private final InstitutionDirectory directory;

	private final EnrollmentRules rules;

	private final Clock clock;

	private final PlacementManagement placements;

	private final InstitutionManagement institutions;

	private final EnrollmentRecordManagement records;

	EnrollmentController(CurrentUsers currentUsers, EnrollmentManagement enrollment, FamilyManagement family,
			InstitutionDirectory directory, EnrollmentRules rules, Clock clock, PlacementManagement placements,
			InstitutionManagement institutions, EnrollmentRecordManagement records) {
		this.records = records;
		this.placements = placements;
		this.institutions = institutions;
		this.currentUsers = currentUsers;
		this.enrollment = enrollment;
		this.family = family;
		this.directory = directory;
		this.rules = rules;
		this.clock = clock;
	}

	/** The application form: up to three institutions in order, start, service form, priority facts. */
	record ApplicationForm(UUID first, UUID second, UUID third,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate desiredStart, ServiceForm serviceForm,
			String homeStreet, Set<SupportNeed> supportNeeds, Boolean employerStaff) {

		NewApplication command(UUID childId) {
			List<UUID> choices = new ArrayList<>();
			for (UUID id : new UUID[] { first, second, third }) {
				if (id != null) {
					choices.add(id);
				}
			}
			Set<UUID> employer = Boolean.TRUE.equals(employerStaff) ? Set.copyOf(choices) : Set.of();
			return new NewApplication(childId, choices, desiredStart, serviceForm, homeStreet, supportNeeds, employer);
		}
	}

	@GetMapping("/family/children/{id}/apply")
	String form(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("record", family.child(user, id));
		model.addAttribute("institutions", directory.open());
		model.addAttribute("streets", directory.streets());
		model.addAttribute("serviceForms", ServiceForm.values());
		model.addAttribute("supportNeeds", SupportNeed.values());
		model.addAttribute("rules", rules);
		if (!model.containsAttribute("applying")) {
			model.addAttribute("applying", new ApplicationForm(null, null, null, LocalDate.now(clock).plusMonths(1),
					ServiceForm.FULL_DAY, "", Set.of(), false));
		}
		return "enrollment/apply";
	}

	@PostMapping("/family/children/{id}/apply")
	String apply(@PathVariable UUID id, @ModelAttribute("applying") ApplicationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				enrollment.apply(currentUsers.require(), form.command(id));
				redirect.addFlashAttribute("flash", "enrollment.applied");
				return "redirect:/family/applications";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(id, model);
	}

	@GetMapping("/family/applications")
	String applications(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("applications", enrollment.applications(user));
		model.addAttribute("offers", placements.offers(user).stream().filter(o -> "OFFERED".equals(o.status())).toList());
		model.addAttribute("placements", records.ofMyChildren(user).stream().filter(EnrollmentRecord::active).toList());
		return "enrollment/applications";
	}

	@PostMapping("/family/offers/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			placements.accept(currentUsers.require(), id);
			redirect.addFlashAttribute("flash", "enrollment.accepted");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/family/applications";
	}

	@PostMapping("/family/offers/{id}/decline")
	String decline(@PathVariable UUID id, RedirectAttributes redirect) {
		placements.decline(currentUsers.require(), id);
		redirect.addFlashAttribute("flash", "enrollment.declined");
		return "redirect:/family/applications";
	}

	@PostMapping("/org/applications/{id}/offer")
	String offer(@PathVariable UUID id, @RequestParam(required = false) UUID classId, RedirectAttributes redirect) {
		try {
			placements.offer(currentUsers.require(), id, classId, null);
			redirect.addFlashAttribute("flash", "enrollment.offered");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/org/applications";
	}

	@PostMapping("/family/applications/{id}/withdraw")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		enrollment.withdraw(currentUsers.require(), id);
		redirect.addFlashAttribute("flash", "enrollment.withdrawn");
		return "redirect:/family/applications";
	}

	@GetMapping("/org/applications")
	String waitlists(@RequestParam(defaultValue = "false") boolean all, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("shown", all ? Integer.MAX_VALUE : LINE_SHOWN);
		UUID institution = user.scope().institutionId();
		model.addAttribute("waitlists", enrollment.waitlists(user, institution));
		model.addAttribute("classes", institutions.own(user).classes());
		model.addAttribute("offers", placements.institutionOffers(user, institution));
		model.addAttribute("roster", placements.roster(user, institution));
		model.addAttribute("canOffer", user.role() == org.tuoyu.platform.Role.INSTITUTION_ADMIN);
		return "enrollment/waitlists";
	}

	@GetMapping("/enrollment/rules")
	String rules(Model model) {
		model.addAttribute("rules", rules);
		return "enrollment/rules";
	}
}
