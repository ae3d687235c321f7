package org.tuoyu.supervision.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.supervision.ComplaintCategory;
import org.tuoyu.supervision.ComplaintFilter;
import org.tuoyu.supervision.ComplaintManagement;
import org.tuoyu.supervision.ComplaintPhoto;
import org.tuoyu.supervision.ComplaintStatus;

/** The district's complaint queue and the handling of one complaint. */
@Controller
class ComplaintController {

	private final CurrentUsers currentUsers;

	private final ComplaintManagement complaints;

	ComplaintController(CurrentUsers currentUsers, ComplaintManagement complaints) {
		this.currentUsers = currentUsers;
		this.complaints = complaints;
	}

	/** The queue's filters, all optional. */
	record FilterForm(ComplaintStatus status, ComplaintCategory category, Boolean overdue) {
	}

	/** An investigation step or a decision: {@code upheld} only for a decision. */
	record HandlingForm(Boolean upheld, String publicReply, String internalNote) {
	}

	@GetMapping("/admin/supervision/complaints")
	String queue(@ModelAttribute("filter") FilterForm filter, Model model) {
		model.addAttribute("complaints", complaints.queue(currentUsers.require(), new ComplaintFilter(filter.status(),
				filter.category(), Boolean.TRUE.equals(filter.overdue()), null)));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("categories", ComplaintCategory.values());
		return "supervision/complaint/list";
	}

	@GetMapping("/admin/supervision/complaints/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("detail", complaints.detail(currentUsers.require(), id));
		if (!model.containsAttribute("handlingForm")) {
			model.addAttribute("handlingForm", new HandlingForm(null, null, null));
		}
		return "supervision/complaint/detail";
	}

	@PostMapping("/admin/supervision/complaints/{id}/investigation")
	String investigate(@PathVariable UUID id, @ModelAttribute("handlingForm") HandlingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return handle(id, result, model, redirect, "supervision.complaint.investigating",
				() -> complaints.investigate(currentUsers.require(), id, form.internalNote()));
	}

	@PostMapping("/admin/supervision/complaints/{id}/decision")
	String decide(@PathVariable UUID id, @ModelAttribute("handlingForm") HandlingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return handle(id, result, model, redirect, "supervision.complaint.decided", () -> {
			if (form.upheld() == null) {
				throw new BusinessRuleException("upheld", "supervision.complaint.decision.required");
			}
			complaints.decide(currentUsers.require(), id, form.upheld(), form.publicReply(), form.internalNote());
		});
	}

	/** Runs a step on the complaint: back to it with a message, or the form again with the reason. */
	private String handle(UUID id, BindingResult result, Model model, RedirectAttributes redirect, String done,
			Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", done);
			return "redirect:/admin/supervision/complaints/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return detail(id, model);
		}
	}

	@GetMapping("/admin/supervision/complaints/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		ComplaintPhoto photo = complaints.photo(currentUsers.require(), id, photoId);
		return StoredFiles.inline(photo.content(), photo.contentType(), null);
	}
}
