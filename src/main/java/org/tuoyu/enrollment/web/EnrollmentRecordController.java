package org.tuoyu.enrollment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.enrollment.EnrollmentRecordManagement.ContractDocument;
import org.tuoyu.enrollment.PlacementEnd;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.platform.web.StoredFiles;

/**
 * The enrollment record page of the institution console (fee, start, contract, leaving), and the
 * guardian's contract download and withdrawal.
 */
@Controller
class EnrollmentRecordController {

	private final CurrentUsers currentUsers;

	private final EnrollmentRecordManagement records;

	private final PlacementManagement placements;

	private final Clock clock;

	EnrollmentRecordController(CurrentUsers currentUsers, EnrollmentRecordManagement records,
			PlacementManagement placements, Clock clock) {
		this.clock = clock;
		this.currentUsers = currentUsers;
		this.records = records;
		this.placements = placements;
	}

	/** The editable part of a record. */
	record RecordForm(BigDecimal monthlyFee, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate) {
	}

	@GetMapping("/org/placements/{id}")
	String record(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		EnrollmentRecord record = records.record(user, id);
		model.addAttribute("record", record);
		model.addAttribute("publishedFee", records.publishedFee(user, id).orElse(null));
		model.addAttribute("canEdit", record.active() && user.role() == Role.INSTITUTION_ADMIN);
		model.addAttribute("endReasons", PlacementEnd.values());
		LocalDate today = LocalDate.now(clock);
		LocalDate dayBefore = record.startDate().minusDays(1);
		model.addAttribute("lastDay", today.isAfter(dayBefore) ? today : dayBefore);
		if (!model.containsAttribute("recordForm")) {
			model.addAttribute("recordForm", new RecordForm(record.monthlyFee(), record.startDate()));
		}
		return "enrollment/record";
	}

	@PostMapping("/org/placements/{id}")
	String change(@PathVariable UUID id, @ModelAttribute("recordForm") RecordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				records.change(currentUsers.require(), id, form.monthlyFee(), form.startDate());
				redirect.addFlashAttribute("flash", "enrollment.record.saved");
				return "redirect:/org/placements/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return record(id, model);
	}

	@PostMapping("/org/placements/{id}/contract")
	String attachContract(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			records.attachContract(currentUsers.require(), id, file == null ? null : file.getBytes());
			redirect.addFlashAttribute("flash", "enrollment.contract.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/org/placements/" + id;
	}

	@GetMapping({ "/org/placements/{id}/contract", "/family/placements/{id}/contract" })
	ResponseEntity<byte[]> contract(@PathVariable UUID id) {
		ContractDocument contract = records.contract(currentUsers.require(), id);
		return StoredFiles.inline(contract.content(), contract.contentType(), null);
	}

	@PostMapping("/org/placements/{id}/end")
	String end(@PathVariable UUID id, @RequestParam(required = false) PlacementEnd reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
			RedirectAttributes redirect) {
		try {
			placements.endPlacement(currentUsers.require(), id, reason, lastDay);
			redirect.addFlashAttribute("flash", "enrollment.placement.ended");
			return "redirect:/org/applications";
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
			return "redirect:/org/placements/" + id;
		}
	}

	@PostMapping("/family/placements/{id}/end")
	String leave(@PathVariable UUID id, RedirectAttributes redirect) {
		placements.endPlacement(currentUsers.require(), id, PlacementEnd.LEFT, null);
		redirect.addFlashAttribute("flash", "enrollment.placement.left");
		return "redirect:/family/applications";
	}
}
