package org.tuoyu.enrollment.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
import org.tuoyu.enrollment.NewVoucherProgramme;
import org.tuoyu.enrollment.Voucher;
import org.tuoyu.enrollment.VoucherKind;
import org.tuoyu.enrollment.VoucherManagement;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.region.Division;

/**
 * Voucher pages: officers' programmes, issuing and reports ({@code /admin/vouchers}), redemption
 * by code at an institution ({@code /org/vouchers}) and a guardian's vouchers ({@code /family/vouchers}).
 */
@Controller
class VoucherController {

	private final CurrentUsers currentUsers;

	private final VoucherManagement vouchers;

	private final InstitutionDirectory directory;

	private final KnownDivisions divisions;

	private final Clock clock;

	VoucherController(CurrentUsers currentUsers, VoucherManagement vouchers, InstitutionDirectory directory,
			KnownDivisions divisions, Clock clock) {
		this.currentUsers = currentUsers;
		this.vouchers = vouchers;
		this.directory = directory;
		this.divisions = divisions;
		this.clock = clock;
	}

	/** A new programme. */
	record ProgrammeForm(@NotBlank String divisionCode, @NotBlank String name, @NotNull VoucherKind kind,
			Integer trialDays, BigDecimal monthlyAmount,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, @NotNull Integer minAgeMonths,
			@NotNull Integer maxAgeMonths, List<String> streets) {

		NewVoucherProgramme command() {
			return new NewVoucherProgramme(divisionCode, name, kind, kind == VoucherKind.TRIAL ? trialDays : null,
					kind == VoucherKind.CONSUMPTION ? monthlyAmount : null, validFrom, validUntil, minAgeMonths,
					maxAgeMonths, streets);
		}
	}

	/** Issuing by a list of resident IDs; {@code confirm} issues, otherwise only checks. */
	record ListForm(@DateTimeFormat(pattern = "yyyy-MM") YearMonth month, @NotBlank String residentIds, Boolean confirm) {
	}

	/** A code typed at the institution. */
	record RedeemForm(@NotBlank String code) {
	}

	/** A district or street to choose. */
	record Place(String code, String name) {
	}

	@GetMapping("/admin/vouchers")
	String programmes(Model model) {
		CurrentUser user = currentUsers.require();
		if (!model.containsAttribute("programmeForm")) {
			LocalDate today = LocalDate.now(clock);
			String district = user.scope().division() != null && user.scope().division().value().length() == 6
					? user.scope().division().value() : "";
			model.addAttribute("programmeForm", new ProgrammeForm(district, "", VoucherKind.TRIAL, 5, null, today,
					today.withDayOfYear(1).plusYears(1).minusDays(1), 6, 36, List.of()));
		}
		model.addAttribute("programmes", vouchers.programmes(user));
		model.addAttribute("kinds", VoucherKind.values());
		List<Division> streets = directory.streets().stream().filter(s -> user.scope().covers(s.code())).toList();
		Map<String, Place> districts = new TreeMap<>();
		for (Division street : streets) {
			String code = street.parentCode().value();
			districts.computeIfAbsent(code,
					c -> new Place(c, divisions.nameOf(street.parentCode()).orElse(c)));
		}
		model.addAttribute("districts", List.copyOf(districts.values()));
		model.addAttribute("streets", streets.stream().map(s -> new Place(s.code().value(), s.name())).toList());
		model.addAttribute("canManage", manages(user));
		return "enrollment/voucher-programmes";
	}

	@PostMapping("/admin/vouchers")
	String create(@Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UUID id = vouchers.createProgramme(currentUsers.require(), form.command());
				redirect.addFlashAttribute("flash", "voucher.programme.created");
				return "redirect:/admin/vouchers/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return programmes(model);
	}

	@GetMapping("/admin/vouchers/{id}")
	String programme(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("report", vouchers.report(user, id));
		model.addAttribute("districtInstitutions", vouchers.districtInstitutions(user, id));
		model.addAttribute("canManage", manages(user));
		model.addAttribute("thisMonth", YearMonth.now(clock).toString());
		if (!model.containsAttribute("listForm")) {
			model.addAttribute("listForm", new ListForm(YearMonth.now(clock), "", false));
		}
		return "enrollment/voucher-programme";
	}

	@PostMapping("/admin/vouchers/{id}/institutions")
	String institutions(@PathVariable UUID id, @RequestParam(required = false) List<UUID> institutionIds,
			RedirectAttributes redirect) {
		try {
			vouchers.chooseInstitutions(currentUsers.require(), id, institutionIds == null ? List.of() : institutionIds);
			redirect.addFlashAttribute("flash", "voucher.programme.institutionsSaved");
		}
		catch (BusinessRuleException ex) {
			flashError(redirect, ex);
		}
		return "redirect:/admin/vouchers/" + id;
	}

	@PostMapping("/admin/vouchers/{id}/issue")
	String issue(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("issued", vouchers.issueByRule(currentUsers.require(), id, month));
		}
		catch (BusinessRuleException ex) {
			flashError(redirect, ex);
		}
		return "redirect:/admin/vouchers/" + id;
	}

	/** A check shows the outcome on the page and writes nothing; a confirmed list issues and redirects. */
	@PostMapping("/admin/vouchers/{id}/issue-list")
	String issueList(@PathVariable UUID id, @Valid @ModelAttribute("listForm") ListForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean confirm = Boolean.TRUE.equals(form.confirm());
				var outcome = vouchers.issueByList(currentUsers.require(), id, form.month(), form.residentIds(), confirm);
				if (confirm) {
					redirect.addFlashAttribute("issued", outcome);
					return "redirect:/admin/vouchers/" + id;
				}
				model.addAttribute("checked", outcome);
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return programme(id, model);
	}

	@GetMapping("/org/vouchers")
	String redeemPage(Model model) {
		CurrentUser user = currentUsers.require();
		if (!model.containsAttribute("redeemForm")) {
			model.addAttribute("redeemForm", new RedeemForm(""));
		}
		model.addAttribute("redeemed", vouchers.redeemedHere(user));
		model.addAttribute("canRedeem", user.role() == Role.INSTITUTION_ADMIN);
		return "enrollment/voucher-redeem";
	}

	@PostMapping("/org/vouchers")
	String redeem(@Valid @ModelAttribute("redeemForm") RedeemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Voucher voucher = vouchers.redeem(currentUsers.require(), form.code());
				redirect.addFlashAttribute("flash", "voucher.redeemed");
				redirect.addFlashAttribute("redeemedCode", voucher.code());
				return "redirect:/org/vouchers";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return redeemPage(model);
	}

	@GetMapping("/family/vouchers")
	String familyVouchers(Model model) {
		model.addAttribute("vouchers", vouchers.familyVouchers(currentUsers.require()));
		return "enrollment/vouchers";
	}

	private static boolean manages(CurrentUser user) {
		return user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN;
	}

	private static void flashError(RedirectAttributes redirect, BusinessRuleException ex) {
		redirect.addFlashAttribute("flashError", ex.messageKey());
		redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
	}
}
