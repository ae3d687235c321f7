package org.tuoyu.guidance.learning.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.guidance.learning.AgeBand;
import org.tuoyu.guidance.learning.Course;
import org.tuoyu.guidance.learning.CourseDraft;
import org.tuoyu.guidance.learning.CourseManagement;
import org.tuoyu.guidance.learning.CourseOutcome;
import org.tuoyu.guidance.learning.CourseSummary;
import org.tuoyu.guidance.learning.CourseVideo;
import org.tuoyu.guidance.learning.LearnerChild;
import org.tuoyu.guidance.learning.LearningActions;
import org.tuoyu.guidance.learning.Lesson;
import org.tuoyu.guidance.learning.LibraryCourse;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

/** JSON API of online classes: the library, course management, videos, progress and quizzes. */
@RestController
@RequestMapping("/api/v1/guidance/courses")
class CourseApiController {

	private final CurrentUsers currentUsers;

	private final CourseManagement courses;

	CourseApiController(CurrentUsers currentUsers, CourseManagement courses) {
		this.currentUsers = currentUsers;
		this.courses = courses;
	}

	record Progress(BigDecimal watched) {
	}

	record Answers(List<Integer> answers) {
	}

	record Community(String community) {
	}

	record CountedCourses(List<String> counted) {
	}

	@Operation(summary = "The published courses, optionally of one age band (M0_6, M6_12, M12_24, M24_36); for a guardian "
			+ "those for their children's ages first, with the guardian's progress")
	@GetMapping
	List<LibraryCourse> library(@RequestParam(required = false) AgeBand ageBand) {
		return courses.library(currentUsers.require(), ageBand);
	}

	@Operation(summary = "A published course as a learner takes it: text, video, the quiz without answers, the guardian's progress")
	@GetMapping("/{id}")
	Lesson lesson(@PathVariable UUID id) {
		return courses.lesson(currentUsers.require(), id);
	}

	@Operation(summary = "The course's uploaded MP4 video; answers HTTP range requests with 206 Partial Content")
	@GetMapping("/{id}/video")
	ResponseEntity<Resource> video(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("video/mp4"))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(courses.videoFile(currentUsers.require(), id)));
	}

	@Operation(summary = "The courses the officer's area or the provider manages, unpublished first")
	@PreAuthorize(LearningActions.COURSE_AUTHORS)
	@GetMapping("/managed")
	List<CourseSummary> managed() {
		return courses.managed(currentUsers.require());
	}

	@Operation(summary = "One managed course with the quiz's right answers")
	@PreAuthorize(LearningActions.COURSE_AUTHORS)
	@GetMapping("/managed/{id}")
	Course course(@PathVariable UUID id) {
		return courses.course(currentUsers.require(), id);
	}

	@Operation(summary = "Write a new, unpublished course (officers of a city, district or street; guidance providers' workers)")
	@PreAuthorize(LearningActions.COURSE_AUTHORS)
	@PostMapping
	ResponseEntity<Course> create(@RequestBody CourseDraft draft) {
		UUID id = courses.create(currentUsers.require(), draft);
		return ResponseEntity.created(URI.create("/api/v1/guidance/courses/managed/" + id))
			.body(courses.course(currentUsers.require(), id));
	}

	@Operation(summary = "Save a managed course; a videoUrl (https) replaces an uploaded video, a blank one keeps it")
	@PreAuthorize(LearningActions.COURSE_AUTHORS)
	@PutMapping("/{id}")
	Course update(@PathVariable UUID id, @RequestBody CourseDraft draft) {
		courses.update(currentUsers.require(), id, draft);
		return courses.course(currentUsers.require(), id);
	}

	@Operation(summary = "Upload the course's video as the raw request body: MP4 only (checked from the content), at most "
			+ "tuoyu.guidance.courses.max-video-size; optional header X-File-Name (URL-encoded)")
	@PreAuthorize(LearningActions.COURSE_AUTHORS)
	@PutMapping("/{id}/video")
	CourseVideo upload(@PathVariable UUID id, HttpServletRequest request,
			@RequestHeader(name = "X-File-Name", required = false) String fileName) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return courses.uploadVideo(currentUsers.require(), id, body, request.getContentLengthLong(),
					fileName == null ? null : URLDecoder.decode(fileName, StandardCharsets.UTF_8));
		}
	}

	@Operation(summary = "Publish a managed course to every family (it needs a video and a quiz)")
	@PreAuthorize(LearningActions.COURSE_AUTHORS)
	@PostMapping("/{id}/publish")
	Course publish(@PathVariable UUID id) {
		courses.publish(currentUsers.require(), id);
		return courses.course(currentUsers.require(), id);
	}

	@Operation(summary = "Withdraw a managed course from families")
	@PreAuthorize(LearningActions.COURSE_AUTHORS)
	@PostMapping("/{id}/unpublish")
	Course unpublish(@PathVariable UUID id) {
		courses.unpublish(currentUsers.require(), id);
		return courses.course(currentUsers.require(), id);
	}

	@Operation(summary = "A guardian reports the share of the video watched (0 to 1; the largest counts); completes the "
			+ "course when the quiz was passed too")
	@PreAuthorize("hasRole('GUARDIAN')")
	@PostMapping("/{id}/progress")
	CourseOutcome progress(@PathVariable UUID id, @RequestBody Progress body) {
		return courses.reportProgress(currentUsers.require(), id, body.watched());
	}

	@Operation(summary = "A guardian answers the quiz: the chosen option of each question, 0-based")
	@PreAuthorize("hasRole('GUARDIAN')")
	@PostMapping("/{id}/quiz")
	CourseOutcome quiz(@PathVariable UUID id, @RequestBody Answers body) {
		return courses.answerQuiz(currentUsers.require(), id, body.answers());
	}

	@Operation(summary = "The guardian's children under 3 and whether each has a register entry (community)")
	@PreAuthorize("hasRole('GUARDIAN')")
	@GetMapping("/learners")
	List<LearnerChild> learners() {
		return courses.learners(currentUsers.require());
	}

	@Operation(summary = "The guardian names the community (12 digits) a child lives in; courses completed so far then "
			+ "count for the child")
	@PreAuthorize("hasRole('GUARDIAN')")
	@PutMapping("/learners/{childId}/community")
	CountedCourses community(@PathVariable UUID childId, @RequestBody Community body) {
		return new CountedCourses(courses.chooseCommunity(currentUsers.require(), childId, body.community()));
	}
}
