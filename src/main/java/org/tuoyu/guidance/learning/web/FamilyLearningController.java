package org.tuoyu.guidance.learning.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.guidance.learning.AgeBand;
import org.tuoyu.guidance.learning.CourseManagement;
import org.tuoyu.guidance.learning.CourseOutcome;
import org.tuoyu.guidance.learning.LearnerChild;
import org.tuoyu.guidance.learning.Questionnaire;
import org.tuoyu.guidance.learning.SurveyManagement;
import org.tuoyu.guidance.learning.SurveyResult;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.NotFoundException;

/**
 * The family's online classes and awareness questionnaire, phone first: the library (courses for
 * the children's ages first), a course with its video, progress and quiz, the questionnaire, and
 * the community a child lives in, which decides where the family's learning counts.
 */
@Controller
class FamilyLearningController {

	private final CurrentUsers currentUsers;

	private final CourseManagement courses;

	private final SurveyManagement surveys;

	private final InstitutionDirectory directory;

	FamilyLearningController(CurrentUsers currentUsers, CourseManagement courses, SurveyManagement surveys,
			InstitutionDirectory directory) {
		this.currentUsers = currentUsers;
		this.courses = courses;
		this.surveys = surveys;
		this.directory = directory;
	}

	@GetMapping("/family/guidance/courses")
	String library(@RequestParam(required = false) AgeBand ageBand, Model model) {
		model.addAttribute("courses", courses.library(currentUsers.require(), ageBand));
		model.addAttribute("learners", courses.learners(currentUsers.require()));
		model.addAttribute("ageBands", AgeBand.values());
		model.addAttribute("ageBand", ageBand);
		return "guidance/learning/family-courses";
	}

	@GetMapping("/family/guidance/courses/{id}")
	String course(@PathVariable UUID id, Model model) {
		model.addAttribute("lesson", courses.lesson(currentUsers.require(), id));
		model.addAttribute("learners", courses.learners(currentUsers.require()));
		return "guidance/learning/family-course";
	}

	/** The quiz as the page posts it: {@code a0}, {@code a1}, … the chosen option of each question. */
	@PostMapping("/family/guidance/courses/{id}/quiz")
	String quiz(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		int questions = courses.lesson(currentUsers.require(), id).quiz().size();
		return outcome(id, redirect, () -> courses.answerQuiz(currentUsers.require(), id, answers(form, questions)));
	}

	/** The guardian says they watched an external video to the end (its progress cannot be measured). */
	@PostMapping("/family/guidance/courses/{id}/watched")
	String watched(@PathVariable UUID id, RedirectAttributes redirect) {
		return outcome(id, redirect, () -> courses.reportProgress(currentUsers.require(), id, BigDecimal.ONE));
	}

	@GetMapping("/family/guidance/children/{childId}/community")
	String community(@PathVariable UUID childId, @RequestParam(required = false) String street,
			@RequestParam(required = false) String back, Model model) {
		LearnerChild child = courses.learners(currentUsers.require())
			.stream()
			.filter(c -> c.familyChildId().equals(childId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("child"));
		model.addAttribute("child", child);
		model.addAttribute("streets", directory.streets());
		model.addAttribute("street", street);
		model.addAttribute("communities", street == null || street.isBlank() ? List.of() : directory.communitiesOf(street));
		model.addAttribute("back", safeBack(back));
		return "guidance/learning/family-community";
	}

	@PostMapping("/family/guidance/children/{childId}/community")
	String chooseCommunity(@PathVariable UUID childId, @RequestParam(required = false) String community,
			@RequestParam(required = false) String street, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		try {
			List<String> counted = courses.chooseCommunity(currentUsers.require(), childId, community);
			redirect.addFlashAttribute("flash", "guidance.learning.community.saved");
			redirect.addFlashAttribute("countedCourses", counted);
			return "redirect:" + safeBack(back);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
			redirect.addAttribute("street", street);
			redirect.addAttribute("back", safeBack(back));
			return "redirect:/family/guidance/children/" + childId + "/community";
		}
	}

	@GetMapping("/family/guidance/survey")
	String survey(Model model) {
		model.addAttribute("questionnaire", surveys.questionnaire(currentUsers.require()).orElse(null));
		model.addAttribute("learners", surveys.respondentChildren(currentUsers.require()));
		return "guidance/learning/family-survey";
	}

	@PostMapping("/family/guidance/survey")
	String answer(@RequestParam UUID versionId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Questionnaire questionnaire = surveys.questionnaire(currentUsers.require())
			.filter(q -> q.versionId().equals(versionId))
			.orElseThrow(() -> new NotFoundException("questionnaire"));
		try {
			SurveyResult result = surveys.answer(currentUsers.require(), versionId,
					answers(form, questionnaire.questions().size()));
			redirect.addFlashAttribute("surveyResult", result);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/family/guidance/survey";
	}

	private String outcome(UUID id, RedirectAttributes redirect, java.util.function.Supplier<CourseOutcome> step) {
		try {
			redirect.addFlashAttribute("outcome", step.get());
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:/family/guidance/courses/" + id + "#quiz";
	}

	/** The chosen option of each of {@code count} questions, {@code null} where none was chosen. */
	static List<Integer> answers(Map<String, String> form, int count) {
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String value = form.get("a" + i);
			try {
				answers.add(value == null ? null : Integer.valueOf(value));
			}
			catch (NumberFormatException ex) {
				answers.add(null);
			}
		}
		return answers;
	}

	/** Only back to a family guidance page, never elsewhere. */
	private static String safeBack(String back) {
		return back != null && back.matches("/family/guidance(/[A-Za-z0-9/-]*)?") ? back : "/family/guidance/courses";
	}
}
