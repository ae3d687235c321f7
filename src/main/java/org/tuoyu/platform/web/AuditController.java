package org.tuoyu.platform.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.audit.AuditQuery;
import org.tuoyu.platform.audit.AuditRecord;
import org.tuoyu.platform.audit.JdbcAuditLog;

/**
 * Browse and filter the audit log within the administrator's scope, and verify the hash chain.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')")
class AuditController {

	private final CurrentUsers currentUsers;

	private final JdbcAuditLog audit;

	AuditController(CurrentUsers currentUsers, JdbcAuditLog audit) {
		this.currentUsers = currentUsers;
		this.audit = audit;
	}

	@GetMapping
	String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, target, from, to, page);
		List<AuditRecord> rows = audit.search(query, currentUsers.require());
		model.addAttribute("query", query);
		model.addAttribute("rows", rows.stream().limit(AuditQuery.PAGE_SIZE).toList());
		model.addAttribute("hasNext", rows.size() > AuditQuery.PAGE_SIZE);
		model.addAttribute("actions", audit.actions());
		return "audit/list";
	}

	@PostMapping("/verify")
	@PreAuthorize("hasRole('CITY_ADMIN')")
	String verify(RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", audit.verify());
		return "redirect:/admin/audit";
	}
}
