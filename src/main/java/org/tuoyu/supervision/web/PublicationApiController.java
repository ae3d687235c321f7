package org.tuoyu.supervision.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.supervision.InspectionOutcome;
import org.tuoyu.supervision.PublicationDirectory;
import org.tuoyu.supervision.PublicationPage;

import io.swagger.v3.oas.annotations.Operation;

/** The public, anonymous API of published inspection results (一公开). */
@RestController
class PublicationApiController {

	private final PublicationDirectory publications;

	PublicationApiController(PublicationDirectory publications) {
		this.publications = publications;
	}

	@Operation(summary = "Published inspection results, newest first; filter by division (e.g. a district code) "
			+ "and outcome; paginated from page 1")
	@GetMapping("/api/v1/public/inspections")
	PublicationPage inspections(@RequestParam(required = false) String division,
			@RequestParam(required = false) InspectionOutcome outcome, @RequestParam(defaultValue = "1") int page) {
		return publications.page(division, outcome, page);
	}
}
