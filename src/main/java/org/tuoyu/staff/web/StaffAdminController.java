package org.tuoyu.staff.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.staff.InstitutionStaffing;
import org.tuoyu.staff.StaffFile;
import org.tuoyu.staff.StaffManagement;

/**
 * The regulator's staff pages: staffing of every institution in the area, one institution's staff,
 * a person's career and certificates, and the missing or expiring certificates of the area.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	private final CurrentUsers currentUsers;

	private final StaffManagement staff;

	private final InstitutionManagement institutions;

	private final Clock clock;

	StaffAdminController(CurrentUsers currentUsers, StaffManagement staff, InstitutionManagement institutions,
			Clock clock) {
		this.currentUsers = currentUsers;
		this.staff = staff;
		this.institutions = institutions;
		this.clock = clock;
	}

	@GetMapping
	String overview(@RequestParam(defaultValue = "false") boolean shortOnly, Model model) {
		List<InstitutionStaffing> all = staff.staffingInScope(currentUsers.require());
		model.addAttribute("total", all.size());
		model.addAttribute("compliant", all.stream().filter(InstitutionStaffing::compliant).count());
		model.addAttribute("shortOnly", shortOnly);
		model.addAttribute("staffings", shortOnly ? all.stream().filter(s -> !s.compliant()).toList() : all);
		return "staff/admin";
	}

	@GetMapping("/institutions/{id}")
	String institution(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("institution", institutions.detail(user, id).institution());
		model.addAttribute("roster", staff.roster(user, id));
		model.addAttribute("staffing", staff.staffing(user, id));
		model.addAttribute("trainingHours", staff.trainingHoursByYear(user, id));
		model.addAttribute("today", LocalDate.now(clock));
		return "staff/admin-institution";
	}

	@GetMapping("/people/{personId}")
	String person(@PathVariable UUID personId, Model model) {
		model.addAttribute("person", staff.person(currentUsers.require(), personId));
		return "staff/admin-person";
	}

	@GetMapping("/gaps")
	String gaps(Model model) {
		model.addAttribute("gaps", staff.certificateGaps(currentUsers.require()));
		return "staff/gaps";
	}

	@GetMapping("/certificates/{certificateId}/scan")
	ResponseEntity<byte[]> scan(@PathVariable UUID certificateId) {
		StaffFile file = staff.certificateScan(currentUsers.require(), certificateId);
		return StoredFiles.inline(file.content(), file.contentType(), null);
	}

	@GetMapping("/people/{personId}/photo")
	ResponseEntity<byte[]> photo(@PathVariable UUID personId) {
		StaffFile file = staff.photo(currentUsers.require(), personId);
		return StoredFiles.inline(file.content(), file.contentType(), null);
	}
}
