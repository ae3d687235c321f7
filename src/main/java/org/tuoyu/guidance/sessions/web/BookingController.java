package org.tuoyu.guidance.sessions.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tuoyu.guidance.sessions.Booking;
import org.tuoyu.guidance.sessions.BookingManagement;
import org.tuoyu.guidance.sessions.BookingStatus;
import org.tuoyu.guidance.sessions.ChildQuota;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;

/**
 * The families' guidance pages, phone-first: the free sessions counter per child, sessions near
 * home to book, the bookings (cancel, rate) and checking in with a session's QR code.
 */
@Controller
class BookingController {

	private final CurrentUsers currentUsers;

	private final BookingManagement bookings;

	private final InstitutionDirectory directory;

	BookingController(CurrentUsers currentUsers, BookingManagement bookings, InstitutionDirectory directory) {
		this.currentUsers = currentUsers;
		this.bookings = bookings;
		this.directory = directory;
	}

	/** The counters on the guidance start page, loaded into its card. */
	@GetMapping("/family/guidance/sessions/quota")
	String quota(Model model) {
		model.addAttribute("quotas", bookings.quotas(currentUsers.require()));
		return "guidance/sessions/cards :: familyQuota";
	}

	@GetMapping("/family/guidance/sessions")
	String sessions(@RequestParam(required = false) UUID child, @RequestParam(required = false) String street,
			@RequestParam(required = false) String community, Model model) {
		CurrentUser user = currentUsers.require();
		List<ChildQuota> children = bookings.quotas(user);
		model.addAttribute("children", children);
		Optional<ChildQuota> chosen = children.stream()
			.filter(c -> child == null || c.familyChildId().equals(child))
			.findFirst();
		if (child != null && chosen.isEmpty()) {
			throw new NotFoundException("child");
		}
		if (chosen.isEmpty()) {
			return "guidance/sessions/family-sessions";
		}
		UUID childId = chosen.get().familyChildId();
		model.addAttribute("child", chosen.get());
		Optional<String> home = bookings.home(user, childId);
		model.addAttribute("registered", home.isPresent());
		if (home.isEmpty()) {
			model.addAttribute("streets", directory.streets());
			model.addAttribute("street", street);
			model.addAttribute("community", community);
			if (street != null && !street.isBlank()) {
				try {
					model.addAttribute("communities", directory.communitiesOf(street));
				}
				catch (BusinessRuleException ex) {
					model.addAttribute("communities", List.of());
				}
			}
			if (community == null || community.isBlank()) {
				return "guidance/sessions/family-sessions";
			}
		}
		model.addAttribute("choices", bookings.choices(user, childId, community));
		return "guidance/sessions/family-sessions";
	}

	@PostMapping("/family/guidance/sessions/{id}/bookings")
	String book(@PathVariable UUID id, @RequestParam(required = false) UUID child,
			@RequestParam(required = false) String community, RedirectAttributes redirect) {
		try {
			Booking booking = bookings.book(currentUsers.require(), id, child, community);
			redirect.addFlashAttribute("flash", booking.status() == BookingStatus.BOOKED ? "guidance.sessions.booking.booked"
					: "guidance.sessions.booking.waitlisted");
			return "redirect:/family/guidance/bookings";
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
			return "redirect:" + UriComponentsBuilder.fromPath("/family/guidance/sessions")
				.queryParam("child", child)
				.queryParamIfPresent("community", Optional.ofNullable(community).filter(c -> !c.isBlank()))
				.encode()
				.toUriString();
		}
	}

	@GetMapping("/family/guidance/bookings")
	String bookings(Model model) {
		model.addAttribute("bookings", bookings.bookings(currentUsers.require()));
		return "guidance/sessions/family-bookings";
	}

	@PostMapping("/family/guidance/bookings/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		return PageActions.run(redirect, "/family/guidance/bookings", "guidance.sessions.booking.cancelled",
				() -> bookings.cancel(currentUsers.require(), id));
	}

	@PostMapping("/family/guidance/bookings/{id}/rating")
	String rate(@PathVariable UUID id, @RequestParam(required = false) Integer stars,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return PageActions.run(redirect, "/family/guidance/bookings", "guidance.sessions.rating.saved",
				() -> bookings.rate(currentUsers.require(), id, stars, comment));
	}

	@GetMapping("/family/guidance/sessions/{id}/check-in")
	String checkInPage(@PathVariable UUID id, @RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("sessionId", id);
		try {
			model.addAttribute("preview", bookings.previewCheckIn(currentUsers.require(), id, token));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("checkInError", ex.messageKey());
		}
		return "guidance/sessions/family-check-in";
	}

	@PostMapping("/family/guidance/sessions/{id}/check-in")
	String checkIn(@PathVariable UUID id, @RequestParam(required = false) String token, Model model,
			RedirectAttributes redirect) {
		try {
			bookings.checkIn(currentUsers.require(), id, token);
			redirect.addFlashAttribute("flash", "guidance.sessions.checkIn.done");
			return "redirect:/family/guidance";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("token", token);
			model.addAttribute("sessionId", id);
			model.addAttribute("checkInError", ex.messageKey());
			return "guidance/sessions/family-check-in";
		}
	}
}
