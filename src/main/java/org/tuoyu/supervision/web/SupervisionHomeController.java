package org.tuoyu.supervision.web;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.supervision.ClosureStatus;
import org.tuoyu.supervision.ComplaintFilter;
import org.tuoyu.supervision.ComplaintManagement;
import org.tuoyu.supervision.ClosureManagement;
import org.tuoyu.supervision.CreditManagement;
import org.tuoyu.supervision.InspectionManagement;
import org.tuoyu.supervision.InspectionStatus;
import org.tuoyu.supervision.QualityAssessmentManagement;
import org.tuoyu.supervision.QualityAssessmentStatus;
import org.tuoyu.supervision.RectificationManagement;
import org.tuoyu.supervision.RectificationStatus;

/**
 * The supervision start pages: for officers, every part of supervision with what is waiting or
 * overdue in their area; for institution staff, their rectification orders, credit and quality
 * assessments.
 */
@Controller
class SupervisionHomeController {

	private final CurrentUsers users;

	private final InspectionManagement inspections;

	private final RectificationManagement rectifications;

	private final ComplaintManagement complaints;

	private final ClosureManagement closures;

	private final CreditManagement credit;

	private final QualityAssessmentManagement assessments;

	SupervisionHomeController(CurrentUsers users, InspectionManagement inspections,
			RectificationManagement rectifications, ComplaintManagement complaints, ClosureManagement closures,
			CreditManagement credit, QualityAssessmentManagement assessments) {
		this.users = users;
		this.inspections = inspections;
		this.rectifications = rectifications;
		this.complaints = complaints;
		this.closures = closures;
		this.credit = credit;
		this.assessments = assessments;
	}

	@GetMapping("/admin/supervision")
	String officerHome(Model model) {
		CurrentUser user = users.require();
		LocalDate today = inspections.today();
		boolean inspector = user.role() == Role.INSPECTOR;
		model.addAttribute("administers", user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN);
		model.addAttribute("scheduled",
				inspections.list(user, inspector, InspectionStatus.SCHEDULED, null, false).size());
		model.addAttribute("overduePublications", inspections.overduePublications(user));
		model.addAttribute("overdueRectifications",
				rectifications.orders(user, inspector).stream().filter(order -> order.overdueOn(today)).count());
		model.addAttribute("overdueComplaints",
				complaints.queue(user, new ComplaintFilter(null, null, true, null)).size());
		model.addAttribute("openClosures",
				closures.cases(user).stream().filter(closure -> closure.status() != ClosureStatus.CLOSED).count());
		model.addAttribute("awaitingReview", assessments.assessments(user, QualityAssessmentStatus.SUBMITTED).size());
		return "supervision/home";
	}

	@GetMapping("/org/supervision")
	String institutionHome(Model model) {
		CurrentUser user = users.require();
		LocalDate today = inspections.today();
		var orders = rectifications.orders(user, false);
		model.addAttribute("openRectifications",
				orders.stream().filter(order -> order.status() == RectificationStatus.OPEN).count());
		model.addAttribute("overdueRectifications", orders.stream().filter(order -> order.overdueOn(today)).count());
		model.addAttribute("standing", credit.standing(user, user.scope().institutionId()));
		model.addAttribute("assessments", assessments.assessments(user, null).stream().limit(1).toList());
		return "supervision/org-home";
	}
}
