package org.tuoyu.guidance.sessions.web;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.guidance.sessions.Invitations;
import org.tuoyu.guidance.sessions.NewHomeVisit;
import org.tuoyu.guidance.sessions.ProviderManagement;
import org.tuoyu.guidance.sessions.QuotaOutreach;
import org.tuoyu.guidance.sessions.SessionManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/** The community's pages: children below their free quota by month, inviting them, planning home visits. */
@Controller
class OutreachController {

	private final CurrentUsers currentUsers;

	private final QuotaOutreach outreach;

	private final SessionManagement sessions;

	private final ProviderManagement providers;

	OutreachController(CurrentUsers currentUsers, QuotaOutreach outreach, SessionManagement sessions,
			ProviderManagement providers) {
		this.currentUsers = currentUsers;
		this.outreach = outreach;
		this.sessions = sessions;
		this.providers = providers;
	}

	/** A home visit to plan; times in the city's time. */
	record HomeVisitForm(UUID childId, UUID commissionId, String topicCode,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt) {
	}

	@GetMapping("/admin/guidance/quota")
	String quota(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String area, @RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = currentUsers.require();
		try {
			model.addAttribute("quota", outreach.behind(user, month, area, page));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("quota", outreach.behind(user, null, area, page));
			model.addAttribute("flashError", ex.messageKey());
		}
		return "guidance/sessions/quota";
	}

	@PostMapping("/admin/guidance/quota/invitations")
	String invite(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String area, @RequestParam(required = false) List<UUID> childIds,
			RedirectAttributes redirect) {
		try {
			Invitations result = outreach.invite(currentUsers.require(), month, area, childIds);
			redirect.addFlashAttribute("invitations", result);
			redirect.addFlashAttribute("flash", "guidance.sessions.quota.invited");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		redirect.addAttribute("month", month);
		redirect.addAttribute("area", area);
		return "redirect:/admin/guidance/quota";
	}

	@GetMapping("/admin/guidance/home-visits/new")
	String homeVisit(@RequestParam(required = false) UUID child, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("commissions", providers.commissions(user));
		model.addAttribute("topics", sessions.topics());
		if (!model.containsAttribute("homeVisitForm")) {
			model.addAttribute("homeVisitForm", new HomeVisitForm(child, null, null, null, null));
		}
		return "guidance/sessions/home-visit";
	}

	@PostMapping("/admin/guidance/home-visits")
	String planHomeVisit(@ModelAttribute("homeVisitForm") HomeVisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return homeVisit(form.childId(), model);
		}
		try {
			sessions.planHomeVisit(currentUsers.require(),
					new NewHomeVisit(form.childId(), form.commissionId(), form.topicCode(), form.startsAt(), form.endsAt()));
			redirect.addFlashAttribute("flash", "guidance.sessions.homeVisit.planned");
			return "redirect:/admin/guidance/quota";
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return homeVisit(form.childId(), model);
		}
	}
}
