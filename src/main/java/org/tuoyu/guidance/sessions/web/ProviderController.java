package org.tuoyu.guidance.sessions.web;

import java.math.BigDecimal;
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
import org.tuoyu.guidance.sessions.NewCommission;
import org.tuoyu.guidance.sessions.NewProvider;
import org.tuoyu.guidance.sessions.ProviderDocumentType;
import org.tuoyu.guidance.sessions.ProviderKind;
import org.tuoyu.guidance.sessions.ProviderManagement;
import org.tuoyu.guidance.sessions.SessionManagement;
import org.tuoyu.guidance.sessions.StoredDocument;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.platform.web.StoredFiles;

/** Officers' pages of guidance providers and commissions. */
@Controller
class ProviderController {

	private final CurrentUsers currentUsers;

	private final ProviderManagement providers;

	private final SessionManagement sessions;

	ProviderController(CurrentUsers currentUsers, ProviderManagement providers, SessionManagement sessions) {
		this.currentUsers = currentUsers;
		this.providers = providers;
		this.sessions = sessions;
	}

	/** A provider to register. */
	record ProviderForm(String name, ProviderKind kind, String creditCode, String contactName, String contactPhone,
			String divisionCode) {
	}

	/** A worker's account to open. */
	record WorkerForm(String username, String displayName, String password) {
	}

	/** A commission to create. */
	record CommissionForm(UUID providerId, String title, String areaCode,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, Integer sessions, BigDecimal budget) {
	}

	@GetMapping("/admin/guidance/providers")
	String providers(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("providers", providers.providers(user));
		model.addAttribute("canRegister", user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN);
		model.addAttribute("kinds", ProviderKind.values());
		if (!model.containsAttribute("providerForm")) {
			model.addAttribute("providerForm",
					new ProviderForm(null, null, null, null, null, user.scope().division().value()));
		}
		return "guidance/sessions/providers";
	}

	@PostMapping("/admin/guidance/providers")
	String register(@ModelAttribute("providerForm") ProviderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = providers.register(currentUsers.require(), new NewProvider(form.name(), form.kind(), form.creditCode(),
					form.contactName(), form.contactPhone(), form.divisionCode()));
			redirect.addFlashAttribute("flash", "guidance.sessions.provider.registered");
			return "redirect:/admin/guidance/providers/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return providers(model);
		}
	}

	@GetMapping("/admin/guidance/providers/{id}")
	String provider(@PathVariable UUID id, Model model) {
		model.addAttribute("detail", providers.detail(currentUsers.require(), id));
		model.addAttribute("documentTypes", ProviderDocumentType.values());
		if (!model.containsAttribute("workerForm")) {
			model.addAttribute("workerForm", new WorkerForm(null, null, null));
		}
		return "guidance/sessions/provider";
	}

	@PostMapping("/admin/guidance/providers/{id}/documents")
	String addDocument(@PathVariable UUID id, @RequestParam(required = false) ProviderDocumentType type,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return PageActions.run(redirect, "/admin/guidance/providers/" + id, "guidance.sessions.document.added",
				() -> providers.addDocument(currentUsers.require(), id, type,
						file == null ? null : file.getOriginalFilename(), Uploads.bytes(file)));
	}

	@GetMapping("/admin/guidance/providers/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		StoredDocument document = providers.document(currentUsers.require(), id, documentId);
		return StoredFiles.inline(document.content(), document.contentType(), document.fileName());
	}

	@PostMapping("/admin/guidance/providers/{id}/workers")
	String addWorker(@PathVariable UUID id, @ModelAttribute("workerForm") WorkerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			providers.addWorker(currentUsers.require(), id, form.username(), form.displayName(), form.password());
			redirect.addFlashAttribute("flash", "guidance.sessions.worker.created");
			return "redirect:/admin/guidance/providers/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return provider(id, model);
		}
	}

	@GetMapping("/admin/guidance/commissions")
	String commissions(@RequestParam(required = false) UUID provider, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("commissions", providers.commissions(user));
		model.addAttribute("providers", providers.providers(user));
		model.addAttribute("canCommission", user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN
				|| user.role() == Role.STREET_OFFICER);
		if (!model.containsAttribute("commissionForm")) {
			model.addAttribute("commissionForm",
					new CommissionForm(provider, null, user.scope().division().value(), null, null, null, null));
		}
		return "guidance/sessions/commissions";
	}

	@GetMapping("/admin/guidance/commissions/{id}")
	String delivery(@PathVariable UUID id, Model model) {
		model.addAttribute("delivery", sessions.delivery(currentUsers.require(), id));
		model.addAttribute("provider", false);
		return "guidance/sessions/commission";
	}

	@PostMapping("/admin/guidance/commissions")
	String commission(@ModelAttribute("commissionForm") CommissionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return commissions(null, model);
		}
		try {
			providers.commission(currentUsers.require(), new NewCommission(form.providerId(), form.title(), form.areaCode(),
					form.startsOn(), form.endsOn(), form.sessions(), form.budget()));
			redirect.addFlashAttribute("flash", "guidance.sessions.commission.created");
			return "redirect:/admin/guidance/commissions";
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return commissions(null, model);
		}
	}
}
