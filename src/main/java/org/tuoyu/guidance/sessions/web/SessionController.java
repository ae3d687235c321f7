package org.tuoyu.guidance.sessions.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tuoyu.guidance.services.ServiceKind;
import org.tuoyu.guidance.sessions.AttendanceSource;
import org.tuoyu.guidance.sessions.GuidanceSession;
import org.tuoyu.guidance.sessions.NewSession;
import org.tuoyu.guidance.sessions.ProviderManagement;
import org.tuoyu.guidance.sessions.SessionManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/** A provider's worker's pages: the commissions, the sessions, who booked, attendance and the QR code. */
@Controller
class SessionController {

	private final CurrentUsers currentUsers;

	private final SessionManagement sessions;

	private final ProviderManagement providers;

	SessionController(CurrentUsers currentUsers, SessionManagement sessions, ProviderManagement providers) {
		this.currentUsers = currentUsers;
		this.sessions = sessions;
		this.providers = providers;
	}

	/** A session to schedule; times in the city's time. */
	record SessionForm(UUID commissionId, ServiceKind kind, String topicCode, String divisionCode, String place,
			BigDecimal latitude, BigDecimal longitude, String onlineUrl, Integer capacity,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt) {
	}

	@GetMapping("/provider/guidance/sessions")
	String sessions(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("commissions", providers.commissions(user));
		model.addAttribute("sessions", sessions.sessions(user));
		model.addAttribute("topics", sessions.topics());
		model.addAttribute("kinds", Arrays.stream(ServiceKind.values())
			.filter(k -> k != ServiceKind.HOME_VISIT && k != ServiceKind.ONLINE_COURSE)
			.toList());
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm",
					new SessionForm(null, ServiceKind.GROUP_CLASS, null, null, null, null, null, null, 20, null, null));
		}
		return "guidance/sessions/provider-sessions";
	}

	@PostMapping("/provider/guidance/sessions")
	String schedule(@ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return sessions(model);
		}
		try {
			UUID id = sessions.schedule(currentUsers.require(),
					new NewSession(form.commissionId(), form.kind(), form.topicCode(), form.divisionCode(), form.place(),
							form.latitude(), form.longitude(), form.onlineUrl(), form.capacity(), form.startsAt(),
							form.endsAt()));
			redirect.addFlashAttribute("flash", "guidance.sessions.session.scheduled");
			return "redirect:/provider/guidance/sessions/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return sessions(model);
		}
	}

	@GetMapping("/provider/guidance/commissions/{id}")
	String delivery(@PathVariable UUID id, Model model) {
		model.addAttribute("delivery", sessions.delivery(currentUsers.require(), id));
		model.addAttribute("provider", true);
		return "guidance/sessions/commission";
	}

	@GetMapping("/provider/guidance/sessions/{id}")
	String session(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		GuidanceSession session = sessions.session(user, id);
		model.addAttribute("guidanceSession", session);
		model.addAttribute("cancellable", sessions.cancellable(session));
		model.addAttribute("roster", sessions.roster(user, id));
		return "guidance/sessions/provider-session";
	}

	@PostMapping("/provider/guidance/sessions/{id}/attendance/{bookingId}")
	String attend(@PathVariable UUID id, @PathVariable UUID bookingId, RedirectAttributes redirect) {
		return PageActions.run(redirect, "/provider/guidance/sessions/" + id, "guidance.sessions.attendance.recorded",
				() -> sessions.recordAttendance(currentUsers.require(), id, bookingId, AttendanceSource.LIST));
	}

	@PostMapping("/provider/guidance/sessions/{id}/cancellation")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return PageActions.run(redirect, "/provider/guidance/sessions/" + id, "guidance.sessions.session.cancelled",
				() -> sessions.cancel(currentUsers.require(), id, reason));
	}

	@GetMapping("/provider/guidance/sessions/{id}/qr")
	String qr(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("guidanceSession", sessions.session(user, id));
		model.addAttribute("checkInUrl", checkInUrl(id, sessions.checkInToken(user, id)));
		return "guidance/sessions/provider-qr";
	}

	@GetMapping("/provider/guidance/sessions/{id}/qr.svg")
	ResponseEntity<String> qrImage(@PathVariable UUID id) {
		String url = checkInUrl(id, sessions.checkInToken(currentUsers.require(), id));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(QrCodes.svg(url));
	}

	/** The absolute address a guardian's phone opens from the QR code. */
	static String checkInUrl(UUID sessionId, String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/family/guidance/sessions/{id}/check-in")
			.queryParam("token", token)
			.buildAndExpand(sessionId)
			.toUriString();
	}
}
