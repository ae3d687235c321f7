package org.tuoyu.guidance.learning.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.guidance.learning.AreaAwareness;
import org.tuoyu.guidance.learning.LearningActions;
import org.tuoyu.guidance.learning.PaperResponse;
import org.tuoyu.guidance.learning.Questionnaire;
import org.tuoyu.guidance.learning.SurveyDraft;
import org.tuoyu.guidance.learning.SurveyManagement;
import org.tuoyu.guidance.learning.SurveyResult;
import org.tuoyu.guidance.learning.SurveyVersion;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;

/** JSON API of the awareness survey: questionnaire versions, answers online and from paper, awareness by area. */
@RestController
@RequestMapping("/api/v1/guidance/surveys")
class SurveyApiController {

	private final CurrentUsers currentUsers;

	private final SurveyManagement surveys;

	private final Clock clock;

	SurveyApiController(CurrentUsers currentUsers, SurveyManagement surveys, Clock clock) {
		this.currentUsers = currentUsers;
		this.surveys = surveys;
		this.clock = clock;
	}

	record Response(UUID versionId, List<Integer> answers) {
	}

	@Operation(summary = "The questionnaire versions of the administrator's area (city or district administrators)")
	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@GetMapping("/versions")
	List<SurveyVersion> versions() {
		return surveys.versions(currentUsers.require());
	}

	@Operation(summary = "Start the next version of the area's questionnaire as a draft: title, passMark, questions with "
			+ "options and scores; one draft at a time")
	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@PostMapping("/versions")
	ResponseEntity<SurveyVersion> create(@RequestBody SurveyDraft draft) {
		UUID id = surveys.createDraft(currentUsers.require(), draft);
		return ResponseEntity.created(URI.create("/api/v1/guidance/surveys/versions/" + id))
			.body(surveys.version(currentUsers.require(), id));
	}

	@Operation(summary = "One questionnaire version of the area, scores included")
	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@GetMapping("/versions/{id}")
	SurveyVersion version(@PathVariable UUID id) {
		return surveys.version(currentUsers.require(), id);
	}

	@Operation(summary = "Save a draft; a published or retired version never changes (422): start a revision instead")
	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@PutMapping("/versions/{id}")
	SurveyVersion update(@PathVariable UUID id, @RequestBody SurveyDraft draft) {
		surveys.updateDraft(currentUsers.require(), id, draft);
		return surveys.version(currentUsers.require(), id);
	}

	@Operation(summary = "Start the next version as a draft copied from this one")
	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@PostMapping("/versions/{id}/revisions")
	ResponseEntity<SurveyVersion> revise(@PathVariable UUID id) {
		UUID draft = surveys.revise(currentUsers.require(), id);
		return ResponseEntity.created(URI.create("/api/v1/guidance/surveys/versions/" + draft))
			.body(surveys.version(currentUsers.require(), draft));
	}

	@Operation(summary = "Publish a draft; the version published before retires")
	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@PostMapping("/versions/{id}/publish")
	SurveyVersion publish(@PathVariable UUID id) {
		surveys.publish(currentUsers.require(), id);
		return surveys.version(currentUsers.require(), id);
	}

	@Operation(summary = "The questionnaire the guardian answers (without scores), with this year's result if answered; "
			+ "404 when the guardian has no registered child under 3 or none is published for their area")
	@PreAuthorize("hasRole('GUARDIAN')")
	@GetMapping("/questionnaire")
	Questionnaire questionnaire() {
		return surveys.questionnaire(currentUsers.require()).orElseThrow(() -> new NotFoundException("questionnaire"));
	}

	@Operation(summary = "The guardian answers the questionnaire of their area (once per version and year)")
	@PreAuthorize("hasRole('GUARDIAN')")
	@PostMapping("/responses")
	ResponseEntity<SurveyResult> answer(@RequestBody Response body) {
		return ResponseEntity.status(201).body(surveys.answer(currentUsers.require(), body.versionId(), body.answers()));
	}

	@Operation(summary = "The questionnaire (with scores) that applies to a community of the worker's street, for paper entry")
	@PreAuthorize(LearningActions.PAPER_ENTRY)
	@GetMapping("/paper/questionnaire")
	SurveyVersion paperQuestionnaire(@RequestParam String community) {
		return surveys.paperQuestionnaire(currentUsers.require(), community);
	}

	@Operation(summary = "Enter a paper questionnaire: the respondent's community (12 digits, in the worker's street), the "
			+ "chosen option of each question (0-based), an optional note (no names or numbers)")
	@PreAuthorize(LearningActions.PAPER_ENTRY)
	@PostMapping("/paper")
	ResponseEntity<SurveyResult> paper(@RequestBody PaperResponse body) {
		return ResponseEntity.status(201).body(surveys.enterPaper(currentUsers.require(), body));
	}

	@Operation(summary = "Awareness (respondents reaching the pass mark ÷ respondents) of a division in the user's area and "
			+ "year (defaults: the whole area, this year), with one line per direct sub-division")
	@PreAuthorize(LearningActions.AWARENESS_READERS)
	@GetMapping("/awareness")
	AreaAwareness awareness(@RequestParam(required = false) String division, @RequestParam(required = false) Integer year) {
		return surveys.awarenessOf(currentUsers.require(), division,
				year == null ? LocalDate.now(clock).getYear() : year);
	}
}
