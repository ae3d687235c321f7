package org.tuoyu.health.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.health.GrowthSummaries;
import org.tuoyu.health.GrowthSummary;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of the growth summary of the user's scope. */
@RestController
@Tag(name = "Growth record", description = "A child's growth measurements (成长档案) with WHO 2006 z-scores")
class GrowthSummaryApiController {

	private final CurrentUsers currentUsers;

	private final GrowthSummaries summaries;

	GrowthSummaryApiController(CurrentUsers currentUsers, GrowthSummaries summaries) {
		this.currentUsers = currentUsers;
		this.summaries = summaries;
	}

	@GetMapping("/api/v1/health/growth/summary")
	@Operation(summary = "Growth summary of the user's scope",
			description = "For the children placed now, from each child's newest measurement at its institution: how many "
					+ "were measured on schedule (within 3 months under 1 year old, 6 months from then on) and, among those, "
					+ "the stunted (length/height-for-age z < -2), wasted (weight-for-length/height z < -2), underweight "
					+ "(weight-for-age z < -2) and overweight (weight-for-length/height z > +2), each as count, denominator "
					+ "and percentage. Institution staff get lines per class; officers lines per institution of their area "
					+ "and areas per street and district. Audited. Anyone else gets 404.")
	@ApiResponse(responseCode = "200", description = "The summary")
	@ApiResponse(responseCode = "404", description = "Neither institution staff nor an officer (problem JSON)")
	GrowthSummary summary() {
		return summaries.summary(currentUsers.require());
	}
}
