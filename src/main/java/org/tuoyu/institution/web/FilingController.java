package org.tuoyu.institution.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.institution.DocumentType;
import org.tuoyu.institution.Filing;
import org.tuoyu.institution.FilingKind;
import org.tuoyu.institution.FilingManagement;
import org.tuoyu.institution.FilingStatus;
import org.tuoyu.institution.VerificationResult;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;

/**
 * Filing pages: the institution prepares and submits versions; the county works its queue.
 */
@Controller
class FilingController {

	private final CurrentUsers currentUsers;

	private final FilingManagement filings;

	FilingController(CurrentUsers currentUsers, FilingManagement filings) {
		this.currentUsers = currentUsers;
		this.filings = filings;
	}

	@GetMapping("/org/filings")
	String own(Model model) {
		CurrentUser user = currentUsers.require();
		List<Filing> history = filings.history(user, user.scope().institutionId());
		model.addAttribute("history", history);
		model.addAttribute("open", history.stream()
			.filter(f -> f.status() == FilingStatus.DRAFT || f.status() == FilingStatus.SUBMITTED)
			.findFirst()
			.orElse(null));
		model.addAttribute("kinds", FilingKind.values());
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("today", filings.today());
		return "filing/org";
	}

	@PostMapping("/org/filings")
	String open(@RequestParam(required = false) FilingKind kind, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return orgAction(redirect, () -> filings.open(currentUsers.require(), kind, note));
	}

	@PostMapping("/org/filings/{id}/documents")
	String attach(@PathVariable UUID id, @RequestParam(required = false) DocumentType type,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return orgAction(redirect, () -> filings.attach(currentUsers.require(), id, type, name, content));
	}

	@PostMapping("/org/filings/{id}/submit")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		return orgAction(redirect, () -> filings.submit(currentUsers.require(), id));
	}

	@GetMapping("/admin/filings")
	String queue(Model model) {
		model.addAttribute("queue", filings.queue(currentUsers.require()));
		model.addAttribute("today", filings.today());
		return "filing/queue";
	}

	@GetMapping("/admin/filings/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Filing filing = filings.filing(currentUsers.require(), id);
		model.addAttribute("filing", filing);
		model.addAttribute("history", filings.history(currentUsers.require(), filing.institutionId()));
		model.addAttribute("today", filings.today());
		model.addAttribute("results", VerificationResult.values());
		return "filing/detail";
	}

	@PostMapping("/admin/filings/{id}/file")
	String file(@PathVariable UUID id, RedirectAttributes redirect) {
		return adminAction(id, redirect, () -> filings.file(currentUsers.require(), id));
	}

	@PostMapping("/admin/filings/{id}/return")
	String returnFiling(@PathVariable UUID id, @RequestParam(required = false) String reasons,
			RedirectAttributes redirect) {
		return adminAction(id, redirect, () -> filings.returnWithReasons(currentUsers.require(), id, reasons));
	}

	@PostMapping("/admin/filings/{id}/verification")
	String verify(@PathVariable UUID id, @RequestParam(required = false) VerificationResult result,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return adminAction(id, redirect, () -> filings.recordVerification(currentUsers.require(), id, result, note));
	}

	private String orgAction(RedirectAttributes redirect, Runnable action) {
		return run(redirect, action, "redirect:/org/filings");
	}

	private String adminAction(UUID id, RedirectAttributes redirect, Runnable action) {
		return run(redirect, action, "redirect:/admin/filings/" + id);
	}

	/** Runs a transition; a broken rule comes back as a message on the same page (PRG). */
	private static String run(RedirectAttributes redirect, Runnable action, String target) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", "institution.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return target;
	}
}
