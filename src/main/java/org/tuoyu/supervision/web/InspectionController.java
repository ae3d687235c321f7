package org.tuoyu.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.supervision.ChecklistResult;
import org.tuoyu.supervision.FindingSeverity;
import org.tuoyu.supervision.InspectionConflictException;
import org.tuoyu.supervision.InspectionDetail;
import org.tuoyu.supervision.InspectionManagement;
import org.tuoyu.supervision.InspectionOutcome;
import org.tuoyu.supervision.InspectionStatus;
import org.tuoyu.supervision.InspectionSummary;
import org.tuoyu.supervision.NewInspection;
import org.tuoyu.supervision.PhotoContent;

/** Regulator pages of inspections: the lists, opening an ad-hoc one, recording, concluding and publishing. */
@Controller
class InspectionController {

	private static final String LIST = "/admin/supervision/inspections";

	private final CurrentUsers currentUsers;

	private final InspectionManagement inspections;

	private final InstitutionManagement institutions;

	private final AccountManagement accounts;

	InspectionController(CurrentUsers currentUsers, InspectionManagement inspections,
			InstitutionManagement institutions, AccountManagement accounts) {
		this.currentUsers = currentUsers;
		this.inspections = inspections;
		this.institutions = institutions;
		this.accounts = accounts;
	}

	/** An ad-hoc inspection as entered. */
	record OpenForm(UUID institutionId, List<UUID> inspectorAccountIds,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, String reason) {
	}

	/** A finding as entered. */
	record FindingForm(String itemCode, FindingSeverity severity, String description) {
	}

	/** A conclusion as entered. */
	record ConclusionForm(InspectionOutcome outcome, String conclusion) {
	}

	@GetMapping(LIST)
	String list(@RequestParam(required = false) String mine, @RequestParam(required = false) InspectionStatus status,
			@RequestParam(required = false) InspectionOutcome outcome,
			@RequestParam(required = false) String unpublished, Model model) {
		CurrentUser user = currentUsers.require();
		List<InspectionSummary> found = inspections.list(user, mine != null, status, outcome, unpublished != null);
		model.addAttribute("inspections", found);
		model.addAttribute("inspectorNames", names(found.stream().flatMap(i -> i.inspectorAccountIds().stream()).toList()));
		model.addAttribute("overduePublications", inspections.overduePublications(user));
		model.addAttribute("today", inspections.today());
		model.addAttribute("mine", mine != null);
		model.addAttribute("status", status);
		model.addAttribute("outcome", outcome);
		model.addAttribute("unpublished", unpublished != null);
		model.addAttribute("statuses", InspectionStatus.values());
		model.addAttribute("outcomes", InspectionOutcome.values());
		boolean administrator = user.role() == Role.DISTRICT_ADMIN || user.role() == Role.CITY_ADMIN;
		model.addAttribute("administrator", administrator);
		if (administrator) {
			model.addAttribute("institutionChoices", institutions.list(user, null, null)
				.stream()
				.filter(s -> s.institution().status() != InstitutionStatus.DRAFT)
				.toList());
			model.addAttribute("inspectorChoices",
					names(accounts.officersCovering(user.scope().division(), Role.INSPECTOR)));
			if (!model.containsAttribute("openForm")) {
				model.addAttribute("openForm", new OpenForm(null, List.of(), inspections.today().plusDays(14), null));
			}
		}
		return "supervision/inspection/list";
	}

	@PostMapping(LIST)
	String open(@ModelAttribute("openForm") OpenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UUID id = inspections.open(currentUsers.require(), new NewInspection(form.institutionId(),
						form.inspectorAccountIds() == null ? List.of() : form.inspectorAccountIds(), form.dueOn(),
						form.reason()));
				redirect.addFlashAttribute("flash", "supervision.inspection.opened");
				return "redirect:" + LIST + "/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return list(null, null, null, null, model);
	}

	@GetMapping(LIST + "/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		InspectionDetail detail = inspections.detail(user, id);
		model.addAttribute("detail", detail);
		model.addAttribute("inspection", detail.summary());
		model.addAttribute("inspectorNames", names(detail.summary().inspectorAccountIds()));
		model.addAttribute("today", inspections.today());
		model.addAttribute("results", ChecklistResult.values());
		model.addAttribute("severities", FindingSeverity.values());
		model.addAttribute("outcomes", InspectionOutcome.values());
		boolean administrator = user.role() == Role.DISTRICT_ADMIN || user.role() == Role.CITY_ADMIN;
		model.addAttribute("administrator", administrator);
		model.addAttribute("editable", detail.summary().status() == InspectionStatus.SCHEDULED
				&& (administrator || detail.summary().assignedTo(user.accountId())));
		if (!model.containsAttribute("findingForm")) {
			model.addAttribute("findingForm", new FindingForm(null, null, null));
		}
		if (!model.containsAttribute("conclusionForm")) {
			model.addAttribute("conclusionForm", new ConclusionForm(null, null));
		}
		return "supervision/inspection/detail";
	}

	@PostMapping(LIST + "/{id}/items/{code}")
	String item(@PathVariable UUID id, @PathVariable String code, @RequestParam(required = false) ChecklistResult result,
			@RequestParam(required = false) String note, RedirectAttributes redirect) throws IOException {
		return PageActions.run(redirect, LIST + "/" + id + "#item-" + code, "supervision.checklist.saved",
				() -> inspections.recordItem(currentUsers.require(), id, code, result, note));
	}

	@PostMapping(LIST + "/{id}/items/{code}/photos")
	String photo(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) throws IOException {
		return PageActions.run(redirect, LIST + "/" + id + "#item-" + code, "supervision.inspection.photo.saved",
				() -> inspections.addPhoto(currentUsers.require(), id, code,
						photo == null || photo.isEmpty() ? null : photo.getBytes()));
	}

	@GetMapping(LIST + "/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		PhotoContent photo = inspections.photo(currentUsers.require(), id, photoId);
		return StoredFiles.inline(photo.content(), photo.contentType(), null);
	}

	@PostMapping(LIST + "/{id}/findings")
	String finding(@PathVariable UUID id, @ModelAttribute("findingForm") FindingForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, result, model, redirect, response, "supervision.finding.saved", "#findings",
				() -> inspections.addFinding(currentUsers.require(), id, form.itemCode(), form.severity(),
						form.description()));
	}

	@PostMapping(LIST + "/{id}/findings/{findingId}/delete")
	String removeFinding(@PathVariable UUID id, @PathVariable UUID findingId, RedirectAttributes redirect)
			throws IOException {
		return PageActions.run(redirect, LIST + "/" + id + "#findings", "supervision.finding.removed",
				() -> inspections.removeFinding(currentUsers.require(), id, findingId));
	}

	@PostMapping(LIST + "/{id}/conclusion")
	String conclude(@PathVariable UUID id, @ModelAttribute("conclusionForm") ConclusionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, result, model, redirect, response, "supervision.inspection.concluded", "",
				() -> inspections.conclude(currentUsers.require(), id, form.outcome(), form.conclusion()));
	}

	/**
	 * Runs a form command of the inspection page: back to the page with the success message, or
	 * the page again with the broken rule on its field, or with the conflict as the page's error (409).
	 */
	private String submit(UUID id, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String successKey, String anchor, Runnable command) {
		if (!result.hasErrors()) {
			try {
				command.run();
				redirect.addFlashAttribute("flash", successKey);
				return "redirect:" + LIST + "/" + id + anchor;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (InspectionConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("flashError", ex.messageKey());
			}
		}
		return detail(id, model);
	}

	@PostMapping(LIST + "/{id}/publication")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) throws IOException {
		return PageActions.run(redirect, LIST + "/" + id, "supervision.publication.published",
				() -> inspections.publish(currentUsers.require(), id));
	}

	private Map<UUID, String> names(Collection<UUID> accountIds) {
		return accounts.officerNames(new ArrayList<>(accountIds));
	}
}
