package org.tuoyu.guidance.register.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.guidance.register.RegisterManagement;
import org.tuoyu.guidance.register.RegisterOrigin;
import org.tuoyu.guidance.register.RegisterStatus;
import org.tuoyu.guidance.register.web.RegisterForms.ChildForm;
import org.tuoyu.guidance.register.web.RegisterForms.ExitForm;
import org.tuoyu.guidance.register.web.RegisterForms.FilterForm;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.shared.Sex;

/**
 * The register of the officer's area: figures by division, the children with a name search, one
 * child with the exit form, and entering a child by hand.
 */
@Controller
@RequestMapping("/admin/guidance/register")
class RegisterController {

	private static final String EXITS = "exitStatuses";

	private final CurrentUsers currentUsers;

	private final RegisterManagement register;

	private final RegisterSpreadsheet spreadsheet;

	RegisterController(CurrentUsers currentUsers, RegisterManagement register, RegisterSpreadsheet spreadsheet) {
		this.currentUsers = currentUsers;
		this.register = register;
		this.spreadsheet = spreadsheet;
	}

	@GetMapping
	String list(@ModelAttribute("filter") FilterForm filter, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("page", register.list(user, filter.filter()));
		model.addAttribute("statuses", RegisterStatus.values());
		model.addAttribute("keeps", register.keeps(user));
		return "guidance/register/list";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") FilterForm filter) {
		return spreadsheet.download(currentUsers.require(), filter.filter());
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("entry", register.entry(user, id));
		model.addAttribute("keeps", register.keeps(user));
		model.addAttribute(EXITS, new RegisterStatus[] { RegisterStatus.MOVED_AWAY, RegisterStatus.DECEASED,
				RegisterStatus.DUPLICATE });
		if (!model.containsAttribute("exitForm")) {
			model.addAttribute("exitForm", new ExitForm(null, null, null));
		}
		return "guidance/register/detail";
	}

	@PostMapping("/{id}/exit")
	String leave(@PathVariable UUID id, @ModelAttribute("exitForm") ExitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			register.leave(currentUsers.require(), id, form.exit());
			redirect.addFlashAttribute("flash", "guidance.register.exit.done");
			return "redirect:/admin/guidance/register/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return detail(id, model);
		}
	}

	@PostMapping("/{id}/reinstatement")
	String reinstate(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			register.reinstate(currentUsers.require(), id);
			redirect.addFlashAttribute("flash", "guidance.register.reinstate.done");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/admin/guidance/register/" + id;
	}

	@GetMapping("/new")
	String newChild(Model model) {
		if (!register.keeps(currentUsers.require())) {
			throw new NotFoundException("register");
		}
		model.addAttribute("childForm", ChildForm.empty());
		return form(model);
	}

	@PostMapping
	String enter(@ModelAttribute("childForm") ChildForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = register.enter(currentUsers.require(), form.child());
			redirect.addFlashAttribute("flash", "guidance.register.new.done");
			return "redirect:/admin/guidance/register/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return form(model);
		}
	}

	private static String form(Model model) {
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("origins", RegisterOrigin.values());
		return "guidance/register/new";
	}
}
