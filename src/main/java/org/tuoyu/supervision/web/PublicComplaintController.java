package org.tuoyu.supervision.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.supervision.ComplaintCategory;
import org.tuoyu.supervision.ComplaintLimitExceededException;
import org.tuoyu.supervision.ComplaintManagement;
import org.tuoyu.supervision.ComplaintReceipt;
import org.tuoyu.supervision.NewComplaint;

/**
 * The public complaint pages (no login): the form, the receipt with the tracking code (shown
 * once), and tracking by code (posted, so the code never appears in a URL or a log).
 */
@Controller
class PublicComplaintController {

	private final ComplaintManagement complaints;

	PublicComplaintController(ComplaintManagement complaints) {
		this.complaints = complaints;
	}

	/**
	 * The complaint form; {@code website} is a honeypot that people never see or fill.
	 */
	record ComplaintForm(UUID institutionId, ComplaintCategory category, String description, String name,
			String phone, String website, List<MultipartFile> photos) {
	}

	record TrackForm(String trackingCode) {
	}

	@GetMapping("/directory/complaints/new")
	String form(@RequestParam("institution") UUID institutionId, Model model) {
		try {
			model.addAttribute("institutionName", complaints.institutionName(institutionId));
		}
		catch (BusinessRuleException ex) {
			throw new NotFoundException("institution");
		}
		model.addAttribute("complaintForm", new ComplaintForm(institutionId, null, null, null, null, null, null));
		return page(model);
	}

	@PostMapping("/directory/complaints")
	String submit(@ModelAttribute("complaintForm") ComplaintForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.website() != null && !form.website().isBlank()) {
			result.reject("supervision.complaint.rejected");
		}
		if (!result.hasErrors()) {
			try {
				ComplaintReceipt receipt = complaints.submit(new NewComplaint(form.institutionId(), form.category(),
						form.description(), form.name(), form.phone(), ComplaintUploads.bytes(form.photos())));
				redirect.addFlashAttribute("receipt", receipt);
				return "redirect:/directory/complaints/received";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		try {
			model.addAttribute("institutionName", complaints.institutionName(form.institutionId()));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("institutionName", "");
		}
		return page(model);
	}

	@GetMapping("/directory/complaints/received")
	String received(Model model) {
		if (!model.containsAttribute("receipt")) {
			return "redirect:/directory/complaints/track";
		}
		return "supervision/complaint/received";
	}

	@GetMapping("/directory/complaints/track")
	String trackForm(Model model) {
		model.addAttribute("trackForm", new TrackForm(null));
		return "supervision/complaint/track";
	}

	@PostMapping("/directory/complaints/track")
	String track(@ModelAttribute("trackForm") TrackForm form, BindingResult result, Model model) {
		try {
			model.addAttribute("tracking", complaints.track(form.trackingCode()));
		}
		catch (NotFoundException ex) {
			result.rejectValue("trackingCode", "supervision.complaint.track.unknown");
		}
		return "supervision/complaint/track";
	}

	@ExceptionHandler(ComplaintLimitExceededException.class)
	String tooMany(ComplaintLimitExceededException ex, HttpServletResponse response) {
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
		return "error/429";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response, Model model) {
		response.setStatus(413);
		model.addAttribute("tooLarge", complaints.settings().maxPhotoSize().toMegabytes());
		return "supervision/complaint/too-large";
	}

	private String page(Model model) {
		model.addAttribute("categories", ComplaintCategory.values());
		model.addAttribute("settings", complaints.settings());
		return "supervision/complaint/new";
	}
}
