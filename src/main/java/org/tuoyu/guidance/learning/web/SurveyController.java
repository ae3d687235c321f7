package org.tuoyu.guidance.learning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.guidance.learning.LearningActions;
import org.tuoyu.guidance.learning.PaperResponse;
import org.tuoyu.guidance.learning.QuestionSheet;
import org.tuoyu.guidance.learning.SurveyDraft;
import org.tuoyu.guidance.learning.SurveyManagement;
import org.tuoyu.guidance.learning.SurveyVersion;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * The awareness survey in the officers' console: questionnaire versions (city and district
 * administrators), paper entry (street officers, community health workers) and awareness by area.
 */
@Controller
class SurveyController {

	private final CurrentUsers currentUsers;

	private final SurveyManagement surveys;

	private final Clock clock;

	SurveyController(CurrentUsers currentUsers, SurveyManagement surveys, Clock clock) {
		this.currentUsers = currentUsers;
		this.surveys = surveys;
		this.clock = clock;
	}

	/** A version as the page edits it; the questions in the text form of {@link QuestionSheet}. */
	record SurveyForm(String title, Integer passMark, String questions) {

		static SurveyForm of(SurveyVersion version) {
			return new SurveyForm(version.title(), version.passMark(), QuestionSheet.ofSurvey(version.questions()));
		}

		SurveyDraft draft() {
			return new SurveyDraft(title, passMark, QuestionSheet.survey(questions, "questions"));
		}
	}

	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@GetMapping("/admin/guidance/surveys")
	String versions(Model model) {
		model.addAttribute("versions", surveys.versions(currentUsers.require()));
		return "guidance/learning/surveys";
	}

	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@GetMapping("/admin/guidance/surveys/new")
	String newVersion(Model model) {
		model.addAttribute("surveyForm", new SurveyForm(null, null, null));
		model.addAttribute("version", null);
		return "guidance/learning/survey-form";
	}

	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@PostMapping("/admin/guidance/surveys")
	String create(@ModelAttribute("surveyForm") SurveyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = surveys.createDraft(currentUsers.require(), form.draft());
			redirect.addFlashAttribute("flash", "guidance.learning.survey.saved");
			return "redirect:/admin/guidance/surveys/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			model.addAttribute("version", null);
			return "guidance/learning/survey-form";
		}
	}

	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@GetMapping("/admin/guidance/surveys/{id}")
	String version(@PathVariable UUID id, Model model) {
		SurveyVersion version = surveys.version(currentUsers.require(), id);
		if (!model.containsAttribute("surveyForm")) {
			model.addAttribute("surveyForm", SurveyForm.of(version));
		}
		model.addAttribute("version", version);
		return "guidance/learning/survey-form";
	}

	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@PostMapping("/admin/guidance/surveys/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("surveyForm") SurveyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			surveys.updateDraft(currentUsers.require(), id, form.draft());
			redirect.addFlashAttribute("flash", "guidance.learning.survey.saved");
			return "redirect:/admin/guidance/surveys/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			model.addAttribute("version", surveys.version(currentUsers.require(), id));
			return "guidance/learning/survey-form";
		}
	}

	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@PostMapping("/admin/guidance/surveys/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			surveys.publish(currentUsers.require(), id);
			redirect.addFlashAttribute("flash", "guidance.learning.survey.publishedNow");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/admin/guidance/surveys/" + id;
	}

	@PreAuthorize(LearningActions.SURVEY_OWNERS)
	@PostMapping("/admin/guidance/surveys/{id}/revise")
	String revise(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			UUID draft = surveys.revise(currentUsers.require(), id);
			redirect.addFlashAttribute("flash", "guidance.learning.survey.revised");
			return "redirect:/admin/guidance/surveys/" + draft;
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
			return "redirect:/admin/guidance/surveys/" + id;
		}
	}

	@PreAuthorize(LearningActions.AWARENESS_READERS)
	@GetMapping("/admin/guidance/awareness")
	String awareness(@RequestParam(required = false) String division, @RequestParam(required = false) Integer year,
			Model model) {
		int thisYear = LocalDate.now(clock).getYear();
		int shown = year == null || year < 2000 || year > thisYear ? thisYear : year;
		try {
			model.addAttribute("awareness", surveys.awarenessOf(currentUsers.require(), division, shown));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("flashError", ex.messageKey());
			model.addAttribute("flashErrorArguments", ex.arguments());
			model.addAttribute("awareness", surveys.awarenessOf(currentUsers.require(), null, shown));
		}
		model.addAttribute("year", shown);
		model.addAttribute("thisYear", thisYear);
		return "guidance/learning/awareness";
	}

	@PreAuthorize(LearningActions.PAPER_ENTRY)
	@GetMapping("/admin/guidance/surveys/paper")
	String paper(@RequestParam(required = false) String community, Model model) {
		model.addAttribute("communities", surveys.paperCommunities(currentUsers.require()));
		model.addAttribute("community", community);
		if (community != null && !community.isBlank()) {
			try {
				model.addAttribute("questionnaire", surveys.paperQuestionnaire(currentUsers.require(), community));
			}
			catch (BusinessRuleException ex) {
				model.addAttribute("flashError", ex.messageKey());
				model.addAttribute("flashErrorArguments", ex.arguments());
			}
		}
		return "guidance/learning/survey-paper";
	}

	@PreAuthorize(LearningActions.PAPER_ENTRY)
	@PostMapping("/admin/guidance/surveys/paper")
	String enterPaper(@RequestParam String community, @RequestParam(required = false) String note,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			int questions = surveys.paperQuestionnaire(currentUsers.require(), community).questions().size();
			redirect.addFlashAttribute("surveyResult", surveys.enterPaper(currentUsers.require(),
					new PaperResponse(community, FamilyLearningController.answers(form, questions), note)));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		redirect.addAttribute("community", community);
		return "redirect:/admin/guidance/surveys/paper";
	}
}
