package org.tuoyu.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.StoredFiles;
import org.tuoyu.supervision.InspectionManagement;
import org.tuoyu.supervision.PhotoContent;
import org.tuoyu.supervision.RectificationManagement;

/**
 * Rectification pages: the regulator's list to accept, return or escalate answers, and the
 * institution's list to answer orders with evidence photos.
 */
@Controller
class RectificationController {

	private static final String ADMIN = "/admin/supervision/rectifications";

	private static final String ORG = "/org/supervision/rectifications";

	private final CurrentUsers currentUsers;

	private final RectificationManagement rectifications;

	private final InspectionManagement inspections;

	RectificationController(CurrentUsers currentUsers, RectificationManagement rectifications,
			InspectionManagement inspections) {
		this.currentUsers = currentUsers;
		this.rectifications = rectifications;
		this.inspections = inspections;
	}

	@GetMapping({ ADMIN, ORG })
	String list(@RequestParam(required = false) String mine, Model model) {
		var user = currentUsers.require();
		var orders = rectifications.orders(user, mine != null);
		LocalDate today = inspections.today();
		model.addAttribute("orders", orders);
		model.addAttribute("overdueOrders", orders.stream().filter(o -> o.overdueOn(today)).count());
		model.addAttribute("today", today);
		model.addAttribute("mine", mine != null);
		return user.role().isOfficer() ? "supervision/inspection/rectifications" : "supervision/inspection/org-rectifications";
	}

	@GetMapping({ ADMIN + "/{id}/photos/{photoId}", ORG + "/{id}/photos/{photoId}" })
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		PhotoContent photo = rectifications.photo(currentUsers.require(), id, photoId);
		return StoredFiles.inline(photo.content(), photo.contentType(), null);
	}

	@PostMapping(ORG + "/{id}/photos")
	String addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		return PageActions.run(redirect, ORG + "#order-" + id, "supervision.inspection.photo.saved",
				() -> rectifications.addPhoto(currentUsers.require(), id,
						photo == null || photo.isEmpty() ? null : photo.getBytes()));
	}

	@PostMapping(ORG + "/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) String answer, RedirectAttributes redirect)
			throws IOException {
		return PageActions.run(redirect, ORG + "#order-" + id, "supervision.rectification.answerSaved",
				() -> rectifications.answer(currentUsers.require(), id, answer));
	}

	@PostMapping(ADMIN + "/{id}/acceptance")
	String accept(@PathVariable UUID id, @RequestParam(required = false) String comment, RedirectAttributes redirect)
			throws IOException {
		return PageActions.run(redirect, ADMIN + "#order-" + id, "supervision.rectification.closedSaved",
				() -> rectifications.accept(currentUsers.require(), id, comment));
	}

	@PostMapping(ADMIN + "/{id}/return")
	String sendBack(@PathVariable UUID id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) throws IOException {
		return PageActions.run(redirect, ADMIN + "#order-" + id, "supervision.rectification.returnedSaved",
				() -> rectifications.sendBack(currentUsers.require(), id, comment));
	}

	@PostMapping(ADMIN + "/{id}/escalation")
	String escalate(@PathVariable UUID id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) throws IOException {
		return PageActions.run(redirect, ADMIN + "#order-" + id, "supervision.rectification.escalatedSaved",
				() -> rectifications.escalate(currentUsers.require(), id, comment));
	}
}
