package org.tuoyu.supervision.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.supervision.QualityAssessment;
import org.tuoyu.supervision.QualityAssessmentDimension;
import org.tuoyu.supervision.QualityAssessmentInput;
import org.tuoyu.supervision.QualityAssessmentManagement;
import org.tuoyu.supervision.QualityAssessmentScore;
import org.tuoyu.supervision.QualityAssessmentStatus;

/**
 * Quality assessment pages: the institution's assessments, starting and filling in one; the
 * regulator's list and review.
 */
@Controller
class QualityAssessmentController {

	private final CurrentUsers currentUsers;

	private final QualityAssessmentManagement assessments;

	QualityAssessmentController(CurrentUsers currentUsers, QualityAssessmentManagement assessments) {
		this.currentUsers = currentUsers;
		this.assessments = assessments;
	}

	record StartForm(Integer year) {
	}

	/**
	 * Scores and notes (or comments) by dimension name, as typed; {@code action} is {@code save},
	 * {@code submit}, {@code approve} or {@code return}; {@code comment} the review's overall comment.
	 */
	record ScoresForm(Map<String, String> scores, Map<String, String> notes, String action, String comment) {

		ScoresForm {
			scores = scores == null ? new HashMap<>() : scores;
			notes = notes == null ? new HashMap<>() : notes;
		}

		/** The form of an assessment: its self scores, or its reviewed scores (the self ones until reviewed). */
		static ScoresForm of(QualityAssessment assessment, boolean review) {
			Map<String, String> scores = new HashMap<>();
			Map<String, String> notes = new HashMap<>();
			for (QualityAssessmentScore s : assessment.scores()) {
				Integer score = review && s.reviewedScore() != null ? s.reviewedScore() : s.selfScore();
				scores.put(s.dimension().name(), score == null ? "" : score.toString());
				String note = review ? s.reviewComment() : s.note();
				notes.put(s.dimension().name(), note == null ? "" : note);
			}
			return new ScoresForm(scores, notes, null, review ? assessment.reviewComment() : null);
		}

		/** The typed scores; a score that is not a whole number is a broken rule on its field. */
		QualityAssessmentInput input() {
			Map<QualityAssessmentDimension, Integer> parsed = new EnumMap<>(QualityAssessmentDimension.class);
			Map<QualityAssessmentDimension, String> texts = new EnumMap<>(QualityAssessmentDimension.class);
			for (QualityAssessmentDimension dimension : QualityAssessmentDimension.values()) {
				String raw = scores.get(dimension.name());
				if (raw != null && !raw.isBlank()) {
					try {
						parsed.put(dimension, Integer.valueOf(raw.strip()));
					}
					catch (NumberFormatException ex) {
						throw new BusinessRuleException("scores[" + dimension.name() + "]", "typeMismatch.java.lang.Integer");
					}
				}
				texts.put(dimension, notes.get(dimension.name()));
			}
			return new QualityAssessmentInput(parsed, texts);
		}
	}

	@GetMapping("/org/supervision/assessments")
	String own(Model model) {
		model.addAttribute("assessments", assessments.assessments(currentUsers.require(), null));
		if (!model.containsAttribute("startForm")) {
			model.addAttribute("startForm", new StartForm(null));
		}
		model.addAttribute("rules", assessments.rules());
		return "supervision/grading/own";
	}

	@PostMapping("/org/supervision/assessments")
	String start(@ModelAttribute("startForm") StartForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/org/supervision/assessments/" + assessments.start(currentUsers.require(), form.year());
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return own(model);
	}

	@GetMapping({ "/org/supervision/assessments/{id}", "/admin/supervision/assessments/{id}" })
	String assessment(@PathVariable UUID id, Model model) {
		CurrentUser user = currentUsers.require();
		QualityAssessment assessment = assessments.assessment(user, id);
		boolean reviewer = user.role() == Role.CITY_ADMIN || user.role() == Role.DISTRICT_ADMIN;
		boolean canReview = reviewer && assessment.status() == QualityAssessmentStatus.SUBMITTED;
		boolean canEdit = user.role() == Role.INSTITUTION_ADMIN && assessment.status().editable();
		model.addAttribute("assessment", assessment);
		model.addAttribute("canReview", canReview);
		model.addAttribute("canEdit", canEdit);
		if (!model.containsAttribute("scoresForm")) {
			model.addAttribute("scoresForm", ScoresForm.of(assessment, canReview));
		}
		model.addAttribute("rules", assessments.rules());
		return "supervision/grading/assessment";
	}

	@PostMapping("/org/supervision/assessments/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("scoresForm") ScoresForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean submit = "submit".equals(form.action());
				assessments.saveSelfAssessment(currentUsers.require(), id, form.input(), submit);
				redirect.addFlashAttribute("flash", submit ? "supervision.grading.submitted" : "supervision.grading.saved");
				return "redirect:/org/supervision/assessments/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return assessment(id, model);
	}

	@PostMapping("/admin/supervision/assessments/{id}/review")
	String review(@PathVariable UUID id, @ModelAttribute("scoresForm") ScoresForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean approve = "approve".equals(form.action());
				assessments.review(currentUsers.require(), id, form.input(), approve, form.comment());
				redirect.addFlashAttribute("flash",
						approve ? "supervision.grading.approved" : "supervision.grading.returned");
				return "redirect:/admin/supervision/assessments/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return assessment(id, model);
	}

	@GetMapping("/admin/supervision/assessments")
	String list(@RequestParam(required = false) QualityAssessmentStatus status, Model model) {
		model.addAttribute("assessments", assessments.assessments(currentUsers.require(), status));
		model.addAttribute("statuses", QualityAssessmentStatus.values());
		model.addAttribute("status", status);
		return "supervision/grading/list";
	}
}
