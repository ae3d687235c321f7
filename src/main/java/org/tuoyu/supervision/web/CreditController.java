package org.tuoyu.supervision.web;

import java.time.LocalDate;
import java.util.List;
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
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.supervision.CreditEventKind;
import org.tuoyu.supervision.CreditManagement;
import org.tuoyu.supervision.CreditTier;
import org.tuoyu.supervision.NewCreditEvent;

/** Credit pages: the institution's own credit, the regulator's list and an institution's history with manual events. */
@Controller
class CreditController {

	private static final List<CreditEventKind> MANUAL = List.of(CreditEventKind.PENALTY, CreditEventKind.VIOLATION,
			CreditEventKind.COMMENDATION);

	private final CurrentUsers currentUsers;

	private final CreditManagement credit;

	CreditController(CurrentUsers currentUsers, CreditManagement credit) {
		this.currentUsers = currentUsers;
		this.credit = credit;
	}

	/** A penalty, violation or commendation as entered. */
	record CreditEventForm(CreditEventKind kind, String reason, String documentNumber,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn) {
	}

	@GetMapping("/org/supervision/credit")
	String own(Model model) {
		CurrentUser user = currentUsers.require();
		if (!user.role().isInstitutionStaff()) {
			throw new NotFoundException("institution");
		}
		return institution(user, user.scope().institutionId(), model);
	}

	@GetMapping("/admin/supervision/credit")
	String list(@RequestParam(required = false) CreditTier tier, Model model) {
		model.addAttribute("standings", credit.standings(currentUsers.require(), tier));
		model.addAttribute("tiers", CreditTier.values());
		model.addAttribute("tier", tier);
		model.addAttribute("rules", credit.rules());
		return "supervision/credit/list";
	}

	@GetMapping("/admin/supervision/credit/{institutionId}")
	String regulator(@PathVariable UUID institutionId, Model model) {
		CurrentUser user = currentUsers.require();
		if (!model.containsAttribute("creditEventForm")) {
			model.addAttribute("creditEventForm", new CreditEventForm(null, null, null, null));
		}
		model.addAttribute("kinds", MANUAL);
		model.addAttribute("canRecord", user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN);
		return institution(user, institutionId, model);
	}

	@PostMapping("/admin/supervision/credit/{institutionId}/events")
	String record(@PathVariable UUID institutionId, @ModelAttribute("creditEventForm") CreditEventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				credit.record(currentUsers.require(), institutionId,
						new NewCreditEvent(form.kind(), form.reason(), form.documentNumber(), form.occurredOn()));
				redirect.addFlashAttribute("flash", "supervision.credit.recorded");
				return "redirect:/admin/supervision/credit/" + institutionId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return regulator(institutionId, model);
	}

	private String institution(CurrentUser user, UUID institutionId, Model model) {
		model.addAttribute("standing", credit.standing(user, institutionId));
		model.addAttribute("history", credit.history(user, institutionId));
		model.addAttribute("rules", credit.rules());
		return "supervision/credit/institution";
	}
}
