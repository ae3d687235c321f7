package org.tuoyu.guidance.learning.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.guidance.learning.AgeBand;
import org.tuoyu.guidance.learning.Course;
import org.tuoyu.guidance.learning.CourseDraft;
import org.tuoyu.guidance.learning.CourseManagement;
import org.tuoyu.guidance.learning.CourseTopic;
import org.tuoyu.guidance.learning.LearningActions;
import org.tuoyu.guidance.learning.QuestionSheet;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.web.FormErrors;

/**
 * Course management pages of officers ({@code /admin/guidance/courses}) and guidance providers'
 * workers ({@code /provider/courses}): the list, a new course, editing with the video upload,
 * publishing.
 */
@Controller
@PreAuthorize(LearningActions.COURSE_AUTHORS)
class CourseController {

	private final CurrentUsers currentUsers;

	private final CourseManagement courses;

	CourseController(CurrentUsers currentUsers, CourseManagement courses) {
		this.currentUsers = currentUsers;
		this.courses = courses;
	}

	/** A course as the page edits it; the quiz in the text form of {@link QuestionSheet}. */
	record CourseForm(String title, AgeBand ageBand, CourseTopic topic, String text, String videoUrl,
			Integer passMarkPercent, String quiz) {

		static CourseForm of(Course course) {
			return new CourseForm(course.title(), course.ageBand(), course.topic(), course.text(), course.videoUrl(),
					course.passMarkPercent(), QuestionSheet.ofQuiz(course.questions()));
		}

		CourseDraft draft() {
			return new CourseDraft(title, ageBand, topic, text, videoUrl, passMarkPercent, QuestionSheet.quiz(quiz, "quiz"));
		}
	}

	@GetMapping({ "/admin/guidance/courses", "/provider/courses" })
	String list(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("courses", courses.managed(user));
		model.addAttribute("base", base(user));
		return "guidance/learning/courses";
	}

	@GetMapping({ "/admin/guidance/courses/new", "/provider/courses/new" })
	String newCourse(Model model) {
		model.addAttribute("courseForm", new CourseForm(null, null, null, null, null, 60, null));
		return form(null, model);
	}

	@PostMapping({ "/admin/guidance/courses", "/provider/courses" })
	String create(@ModelAttribute("courseForm") CourseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = courses.create(currentUsers.require(), form.draft());
			redirect.addFlashAttribute("flash", "guidance.learning.course.created");
			return "redirect:" + base(currentUsers.require()) + "/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return form(null, model);
		}
	}

	@GetMapping({ "/admin/guidance/courses/{id}", "/provider/courses/{id}" })
	String edit(@PathVariable UUID id, Model model) {
		Course course = courses.course(currentUsers.require(), id);
		if (!model.containsAttribute("courseForm")) {
			model.addAttribute("courseForm", CourseForm.of(course));
		}
		return form(course, model);
	}

	@PostMapping({ "/admin/guidance/courses/{id}", "/provider/courses/{id}" })
	String update(@PathVariable UUID id, @ModelAttribute("courseForm") CourseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			courses.update(currentUsers.require(), id, form.draft());
			redirect.addFlashAttribute("flash", "guidance.learning.course.saved");
			return "redirect:" + base(currentUsers.require()) + "/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return form(courses.course(currentUsers.require(), id), model);
		}
	}

	@PostMapping({ "/admin/guidance/courses/{id}/publish", "/provider/courses/{id}/publish" })
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, "guidance.learning.course.published", () -> courses.publish(currentUsers.require(), id));
	}

	@PostMapping({ "/admin/guidance/courses/{id}/unpublish", "/provider/courses/{id}/unpublish" })
	String unpublish(@PathVariable UUID id, RedirectAttributes redirect) {
		return step(id, redirect, "guidance.learning.course.unpublished",
				() -> courses.unpublish(currentUsers.require(), id));
	}

	private String step(UUID id, RedirectAttributes redirect, String done, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.arguments());
		}
		return "redirect:" + base(currentUsers.require()) + "/" + id;
	}

	private String form(Course course, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("base", base(currentUsers.require()));
		model.addAttribute("ageBands", AgeBand.values());
		model.addAttribute("topics", CourseTopic.values());
		model.addAttribute("maxVideoMegabytes", courses.settings().maxVideoSize().toMegabytes());
		return "guidance/learning/course-form";
	}

	private static String base(CurrentUser user) {
		return user.role() == Role.GUIDANCE_PROVIDER ? "/provider/courses" : "/admin/guidance/courses";
	}
}
