package org.tuoyu.staff.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.Education;
import org.tuoyu.staff.PersonRecord;
import org.tuoyu.staff.StaffFile;
import org.tuoyu.staff.StaffManagement;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.staff.web.StaffForms.AccountForm;
import org.tuoyu.staff.web.StaffForms.AssignForm;
import org.tuoyu.staff.web.StaffForms.CertificateForm;
import org.tuoyu.staff.web.StaffForms.EndForm;
import org.tuoyu.staff.web.StaffForms.HireForm;
import org.tuoyu.staff.web.StaffForms.NewAccountForm;
import org.tuoyu.staff.web.StaffForms.QualificationsForm;
import org.tuoyu.staff.web.StaffForms.TrainingForm;

/**
 * The institution's staff pages: roster, hiring, staffing against the ratios, and each person's
 * certificates and classes.
 */
@Controller
@RequestMapping("/org/staff")
class StaffOrgController {

	private final CurrentUsers currentUsers;

	private final StaffManagement staff;

	private final InstitutionManagement institutions;

	private final Clock clock;

	private final AccountManagement accounts;

	StaffOrgController(CurrentUsers currentUsers, StaffManagement staff, InstitutionManagement institutions,
			Clock clock, AccountManagement accounts) {
		this.currentUsers = currentUsers;
		this.accounts = accounts;
		this.staff = staff;
		this.institutions = institutions;
		this.clock = clock;
	}

	@GetMapping
	String roster(Model model) {
		CurrentUser user = currentUsers.require();
		UUID institutionId = user.scope().institutionId();
		model.addAttribute("institution", institutions.own(user).institution());
		model.addAttribute("roster", staff.roster(user, institutionId));
		model.addAttribute("staffing", staff.staffing(user, institutionId));
		model.addAttribute("gaps", staff.certificateGaps(user));
		model.addAttribute("trainingHours", staff.trainingHoursByYear(user, institutionId));
		model.addAttribute("canEdit", user.role() == Role.INSTITUTION_ADMIN);
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("today", LocalDate.now(clock));
		if (!model.containsAttribute("hire")) {
			model.addAttribute("hire", new HireForm("", "", "", null, LocalDate.now(clock)));
		}
		return "staff/org";
	}

	@PostMapping
	String hire(@ModelAttribute("hire") HireForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UUID personId = staff.hire(currentUsers.require(), form.command());
				redirect.addFlashAttribute("flash", "staff.hired");
				return "redirect:/org/staff/people/" + personId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return roster(model);
	}

	@PostMapping("/employments/{employmentId}/end")
	String end(@PathVariable UUID employmentId, @ModelAttribute EndForm form, RedirectAttributes redirect) {
		try {
			staff.endEmployment(currentUsers.require(), employmentId, form.endedOn());
			redirect.addFlashAttribute("flash", "staff.ended");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/org/staff";
	}

	@GetMapping("/people/{personId}")
	String person(@PathVariable UUID personId, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("person", staff.person(user, personId));
		model.addAttribute("classes", institutions.own(user).classes());
		model.addAttribute("canEdit", user.role() == Role.INSTITUTION_ADMIN);
		model.addAttribute("certificateTypes", CertificateType.values());
		model.addAttribute("levels", Arrays.asList(5, 4, 3, 2, 1));
		if (!model.containsAttribute("certificate")) {
			model.addAttribute("certificate", new CertificateForm(null, null, "", "", null, null));
		}
		if (!model.containsAttribute("assignment")) {
			model.addAttribute("assignment", new AssignForm(null));
		}
		if (!model.containsAttribute("training")) {
			model.addAttribute("training", new TrainingForm("", "", null, null));
		}
		if (!model.containsAttribute("qualifications")) {
			PersonRecord person = (PersonRecord) model.getAttribute("person");
			model.addAttribute("qualifications",
					new QualificationsForm(person.education(), person.experienceSince()));
		}
		model.addAttribute("educations", Education.values());
		PersonRecord shown = (PersonRecord) model.getAttribute("person");
		if (user.role() == Role.INSTITUTION_ADMIN && shown.employments().stream().anyMatch(e -> e.current())) {
			model.addAttribute("accountNames", accounts.institutionAccountNames(user.scope().institutionId()));
			if (!model.containsAttribute("account")) {
				model.addAttribute("account", new AccountForm(staff.linkedAccount(user, personId).orElse(null)));
			}
			if (!model.containsAttribute("newAccount")) {
				model.addAttribute("newAccount", new NewAccountForm("", ""));
			}
		}
		return "staff/person";
	}

	@PostMapping("/people/{personId}/certificates")
	String certificate(@PathVariable UUID personId, @ModelAttribute("certificate") CertificateForm form,
			BindingResult result, @RequestParam(required = false) MultipartFile scan, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = scan == null || scan.isEmpty() ? null : scan.getBytes();
		return run(personId, result, model, redirect, user -> staff.addCertificate(user, personId, form.command(content)));
	}

	@PostMapping("/people/{personId}/trainings")
	String training(@PathVariable UUID personId, @ModelAttribute("training") TrainingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return run(personId, result, model, redirect, user -> staff.addTraining(user, personId, form.command()));
	}

	@PostMapping("/people/{personId}/qualifications")
	String qualifications(@PathVariable UUID personId, @ModelAttribute("qualifications") QualificationsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return run(personId, result, model, redirect,
				user -> staff.updateQualifications(user, personId, form.education(), form.experienceSince()));
	}

	@PostMapping("/people/{personId}/photo")
	String setPhoto(@PathVariable UUID personId, @RequestParam(required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		try {
			staff.setPhoto(currentUsers.require(), personId, photo == null ? null : photo.getBytes());
			redirect.addFlashAttribute("flash", "staff.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/org/staff/people/" + personId;
	}

	@PostMapping("/people/{personId}/classes")
	String assign(@PathVariable UUID personId, @ModelAttribute("assignment") AssignForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.classId() == null) {
			result.rejectValue("classId", "staff.field.required");
			return person(personId, model);
		}
		return run(personId, result, model, redirect, user -> staff.assign(user, personId, form.classId()));
	}

	@PostMapping("/people/{personId}/account")
	String linkAccount(@PathVariable UUID personId, @ModelAttribute("account") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return run(personId, result, model, redirect, user -> staff.linkAccount(user, personId, form.accountId()));
	}

	@PostMapping("/people/{personId}/account/new")
	String openAccount(@PathVariable UUID personId, @ModelAttribute("newAccount") NewAccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return run(personId, result, model, redirect,
				user -> staff.openAccount(user, personId, form.username(), form.password()));
	}

	@PostMapping("/people/{personId}/classes/{classId}/remove")
	String unassign(@PathVariable UUID personId, @PathVariable UUID classId, RedirectAttributes redirect) {
		staff.unassign(currentUsers.require(), personId, classId);
		redirect.addFlashAttribute("flash", "staff.saved");
		return "redirect:/org/staff/people/" + personId;
	}

	@GetMapping("/certificates/{certificateId}/scan")
	ResponseEntity<byte[]> scan(@PathVariable UUID certificateId) {
		StaffFile file = staff.certificateScan(currentUsers.require(), certificateId);
		return StoredFiles.inline(file.content(), file.contentType(), null);
	}

	@GetMapping("/people/{personId}/photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID personId) {
		StaffFile file = staff.photo(currentUsers.require(), personId);
		return StoredFiles.inline(file.content(), file.contentType(), null);
	}

	private String run(UUID personId, BindingResult result, Model model, RedirectAttributes redirect,
			Consumer<CurrentUser> command) {
		if (!result.hasErrors()) {
			try {
				command.accept(currentUsers.require());
				redirect.addFlashAttribute("flash", "staff.saved");
				return "redirect:/org/staff/people/" + personId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return person(personId, model);
	}
}
