package org.tuoyu.guidance.sessions.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.guidance.sessions.Invitations;
import org.tuoyu.guidance.sessions.QuotaOutreach;
import org.tuoyu.guidance.sessions.QuotaPage;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/** JSON API of the community's outreach to home-cared children below their free quota. */
@RestController
@RequestMapping("/api/v1/guidance/quota")
class OutreachApiController {

	private final CurrentUsers currentUsers;

	private final QuotaOutreach outreach;

	OutreachApiController(CurrentUsers currentUsers, QuotaOutreach outreach) {
		this.currentUsers = currentUsers;
		this.outreach = outreach;
	}

	record Invitation(YearMonth month, String area, List<UUID> childIds) {
	}

	@Operation(summary = "Home-cared children of a division of the user's area (area, default the whole area) behind "
			+ "the free quota's pace by the end of the month (yyyy-MM, default this month), 50 a page, with the "
			+ "count of each division one level below; the read is audited")
	@GetMapping("/behind")
	QuotaPage behind(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String area, @RequestParam(defaultValue = "0") int page) {
		return outreach.behind(currentUsers.require(), month, area, page);
	}

	@Operation(summary = "Invite children behind the pace in a division of the user's area (childIds, or all of the "
			+ "area when empty): their guardians on the "
			+ "platform get an inbox notification; the others are listed as not reachable online")
	@PostMapping("/invitations")
	Invitations invite(@RequestBody Invitation invitation) {
		return outreach.invite(currentUsers.require(), invitation.month(), invitation.area(), invitation.childIds());
	}
}
