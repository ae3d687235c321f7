package org.tuoyu.supervision.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.supervision.GradingRules;
import org.tuoyu.supervision.PublicGrade;
import org.tuoyu.supervision.QualityAssessment;
import org.tuoyu.supervision.QualityAssessmentDimension;
import org.tuoyu.supervision.QualityAssessmentInput;
import org.tuoyu.supervision.QualityAssessmentManagement;
import org.tuoyu.supervision.QualityAssessmentStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** JSON API of quality assessment and grading (WS/T 821). */
@RestController
class QualityAssessmentApiController {

	private final CurrentUsers currentUsers;

	private final QualityAssessmentManagement assessments;

	QualityAssessmentApiController(CurrentUsers currentUsers, QualityAssessmentManagement assessments) {
		this.currentUsers = currentUsers;
		this.assessments = assessments;
	}

	record Start(Integer year) {
	}

	/** Scores and notes; submit (default false) also submits it. */
	record SelfAssessment(Map<QualityAssessmentDimension, Integer> scores, Map<QualityAssessmentDimension, String> notes,
			Boolean submit) {
	}

	/** A review; decision is APPROVE or RETURN. */
	record Review(Map<QualityAssessmentDimension, Integer> scores, Map<QualityAssessmentDimension, String> comments,
			String decision, String comment) {
	}

	record Created(UUID id) {
	}

	@Operation(summary = "The quality assessments in the user's scope",
			description = "Officers: their area's, submitted first. Institution staff: their institution's, latest year first.")
	@GetMapping("/api/v1/supervision/assessments")
	List<QualityAssessment> list(@Parameter(description = "DRAFT, SUBMITTED, RETURNED or APPROVED")
	@RequestParam(required = false) QualityAssessmentStatus status) {
		return assessments.assessments(currentUsers.require(), status);
	}

	@Operation(summary = "One quality assessment with its 7 dimensions", description = "404 outside the user's scope.")
	@GetMapping("/api/v1/supervision/assessments/{id}")
	QualityAssessment one(@PathVariable UUID id) {
		return assessments.assessment(currentUsers.require(), id);
	}

	@Operation(summary = "Starts the self-assessment of the administrator's institution",
			description = "Institution administrators; year is this year (default) or last year. One open assessment per "
					+ "institution and one per year: otherwise a 422 on the field year.")
	@PostMapping("/api/v1/supervision/assessments")
	ResponseEntity<Created> start(@RequestBody(required = false) Start start) {
		return ResponseEntity.status(201)
			.body(new Created(assessments.start(currentUsers.require(), start == null ? null : start.year())));
	}

	@Operation(summary = "Saves the institution's scores and notes, and submits with submit=true",
			description = "For a draft or returned assessment of the administrator's institution. Each score is 0 to the "
					+ "dimension's points (see /api/v1/supervision/assessments/rules), else a 422 on scores[DIMENSION]; "
					+ "submitting needs all 7.")
	@PutMapping("/api/v1/supervision/assessments/{id}")
	ResponseEntity<Void> save(@PathVariable UUID id, @RequestBody SelfAssessment body) {
		assessments.saveSelfAssessment(currentUsers.require(), id,
				new QualityAssessmentInput(body.scores(), body.notes()), Boolean.TRUE.equals(body.submit()));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Reviews a submitted assessment: APPROVE grades and publishes it, RETURN sends it back",
			description = "District and city administrators in scope. APPROVE needs all 7 reviewed scores (0 to points); "
					+ "the total maps to the grade by the configured bands. RETURN needs a comment.")
	@PostMapping("/api/v1/supervision/assessments/{id}/review")
	ResponseEntity<Void> review(@PathVariable UUID id, @RequestBody Review body) {
		boolean approve = decision(body.decision());
		assessments.review(currentUsers.require(), id, new QualityAssessmentInput(body.scores(), body.comments()), approve,
				body.comment());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The points of each dimension and the grade bands in force")
	@GetMapping("/api/v1/supervision/assessments/rules")
	GradingRules rules() {
		return assessments.rules();
	}

	@Operation(summary = "The published quality grade of a filed institution",
			description = "The latest approved assessment's grade, year and approval day; all null without one. 404 for an "
					+ "institution that is not filed.")
	@GetMapping("/api/v1/public/institutions/{institutionId}/grade")
	PublicGrade publicGrade(@PathVariable UUID institutionId) {
		return assessments.publicGrade(institutionId).orElse(new PublicGrade(institutionId, null, null, null));
	}

	/** APPROVE or RETURN, else a broken rule on the field. */
	static boolean decision(String decision) {
		if ("APPROVE".equals(decision)) {
			return true;
		}
		if ("RETURN".equals(decision)) {
			return false;
		}
		throw new BusinessRuleException("decision", "supervision.grading.decision");
	}
}
