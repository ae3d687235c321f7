package org.tuoyu.guidance.learning;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.tuoyu.guidance.register.RegisterStatus;
import org.tuoyu.guidance.register.RegisteredChild;
import org.tuoyu.guidance.services.GuidanceServices;
import org.tuoyu.guidance.services.ServiceKind;
import org.tuoyu.guidance.services.ServiceSource;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;

/**
 * Online classes (网上课堂): officers and guidance providers' workers write courses (text, an
 * uploaded MP4 or an external video, a quiz) and publish them to every family; guardians watch
 * them and answer the quiz. A course watched to the configured share with its quiz passed is
 * recorded once as a guidance service ({@link ServiceKind#ONLINE_COURSE}, not free) for each of
 * the guardian's children under 3 that has a register entry; a child without one counts as soon
 * as the guardian names its community.
 *
 * <p>Scope: officers manage the courses of their area's officers, providers' workers those of their
 * provider; a published course is visible to every signed-in user; anything else answers 404.
 */
@Service
public class CourseManagement {

	private final CourseRows rows;

	private final VideoFiles files;

	private final GuardianChildren children;

	private final GuidanceServices services;

	private final AuditLog audit;

	private final CourseSettings settings;

	private final CompletionPolicy completion;

	private final VideoUploadPolicy uploads;

	private final TransactionOperations transactions;

	private final Clock clock;

	CourseManagement(CourseRows rows, VideoFiles files, GuardianChildren children, GuidanceServices services,
			AuditLog audit, CourseSettings settings, TransactionOperations transactions, Clock clock) {
		this.transactions = transactions;
		this.rows = rows;
		this.files = files;
		this.children = children;
		this.services = services;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.completion = new CompletionPolicy(settings.completionShare());
		this.uploads = new VideoUploadPolicy(settings.maxVideoSize().toBytes());
	}

	/** The courses the user manages, unpublished first. */
	@Transactional(readOnly = true)
	public List<CourseSummary> managed(CurrentUser user) {
		LearningActions.require(LearningActions.writesCourses(user));
		if (user.role() == Role.GUIDANCE_PROVIDER) {
			return rows.owned(null, user.scope().providerId());
		}
		return rows.owned(user.scope().division().value(), null);
	}

	/** One course the user manages, with the quiz's answers. */
	@Transactional(readOnly = true)
	public Course course(CurrentUser user, UUID id) {
		return managedCourse(user, id);
	}

	/** Writes a new, unpublished course owned by the user's area or provider. */
	@Transactional
	public UUID create(CurrentUser user, CourseDraft draft) {
		LearningActions.require(LearningActions.writesCourses(user));
		CourseDraft checked = checked(draft);
		UUID id = UuidV7.next();
		boolean provider = user.role() == Role.GUIDANCE_PROVIDER;
		rows.insert(id, checked, provider ? null : user.scope().division().value(),
				provider ? user.scope().providerId() : null, user.accountId(), OffsetDateTime.now(clock));
		audit.record(entry("GUIDANCE_COURSE_CREATED", id, user).withDetails(checked.title()));
		return id;
	}

	/** Saves a course's text, video address and quiz; a published course stays publishable. */
	@Transactional
	public void update(CurrentUser user, UUID id, CourseDraft draft) {
		Course course = managedCourse(user, id);
		CourseDraft checked = checked(draft);
		if (course.published()) {
			publishable(checked.questions(), checked.videoUrl() != null || course.video() != null);
		}
		rows.update(id, checked, OffsetDateTime.now(clock));
		audit.record(entry("GUIDANCE_COURSE_UPDATED", id, user).withDetails(checked.title()));
	}

	/**
	 * Stores an uploaded video and makes it the course's video: an MP4 (by its content) no larger
	 * than the limit, or a specific refusal and nothing stored.
	 * @param declaredLength the length the sender announced, or -1
	 */
	public CourseVideo uploadVideo(CurrentUser user, UUID id, InputStream content, long declaredLength,
			String fileName) {
		managedCourse(user, id);
		// the upload streams to disk without holding a database connection; only its record is a transaction
		VideoFiles.Stored stored = files.store(content, declaredLength, uploads);
		String name = fileName == null || fileName.isBlank() ? null
				: fileName.strip().substring(0, Math.min(fileName.strip().length(), 200));
		transactions.executeWithoutResult(status -> {
			managedCourse(user, id);
			rows.attachVideo(id, stored.sha256(), stored.size(), name, user.accountId(), OffsetDateTime.now(clock));
			audit.record(entry("GUIDANCE_COURSE_VIDEO_UPLOADED", id, user).withDetails("sha256=" + stored.sha256()
					+ " bytes=" + stored.size()));
		});
		return new CourseVideo(stored.sha256(), stored.size(), name);
	}

	/** Publishes a course to every family: it needs a video and at least one quiz question. */
	@Transactional
	public void publish(CurrentUser user, UUID id) {
		Course course = managedCourse(user, id);
		publishable(course.questions(), course.hasVideo());
		rows.publish(id, true, LocalDate.now(clock), OffsetDateTime.now(clock));
		audit.record(entry("GUIDANCE_COURSE_PUBLISHED", id, user));
	}

	/** Withdraws a course from families; their progress is kept. */
	@Transactional
	public void unpublish(CurrentUser user, UUID id) {
		managedCourse(user, id);
		rows.publish(id, false, LocalDate.now(clock), OffsetDateTime.now(clock));
		audit.record(entry("GUIDANCE_COURSE_UNPUBLISHED", id, user));
	}

	/**
	 * The published courses, optionally of one age band; for a guardian, those for the ages of
	 * their children first, with the guardian's progress.
	 */
	@Transactional
	public List<LibraryCourse> library(CurrentUser user, AgeBand only) {
		List<AgeBand> bands = user.role() == Role.GUARDIAN
				? children.under3(user).stream().map(LearnerChild::ageBand).distinct().toList() : List.of();
		Map<UUID, CourseProgress> progress = user.role() == Role.GUARDIAN ? rows.progressOf(user.accountId()) : Map.of();
		return rows.published(bands, only)
			.stream()
			.map(c -> new LibraryCourse(c, bands.contains(c.ageBand()), progress.getOrDefault(c.id(), CourseProgress.none())))
			.toList();
	}

	/** A published course as a learner takes it (a manager may preview an unpublished one). */
	@Transactional(readOnly = true)
	public Lesson lesson(CurrentUser user, UUID id) {
		Course course = visibleCourse(user, id);
		CourseProgress progress = user.role() == Role.GUARDIAN
				? rows.progress(user.accountId(), id, false).orElse(CourseProgress.none()) : CourseProgress.none();
		return new Lesson(course.id(), course.title(), course.ageBand(), course.topic(), course.text(), course.videoUrl(),
				course.video() != null, course.passMarkPercent(), completion.completionPercent(),
				course.questions().stream().map(q -> new Lesson.Item(q.text(), q.options())).toList(), progress);
	}

	/** The file of a course's uploaded video, for a user who may see the course. */
	@Transactional(readOnly = true)
	public Path videoFile(CurrentUser user, UUID id) {
		Course course = visibleCourse(user, id);
		if (course.video() == null) {
			throw new NotFoundException("video");
		}
		return files.file(course.video().sha256()).orElseThrow(() -> new NotFoundException("video"));
	}

	/**
	 * A guardian reports how much of the video they watched (the largest share counts); completes
	 * the course when the quiz was passed too.
	 */
	@Transactional
	public CourseOutcome reportProgress(CurrentUser user, UUID id, BigDecimal watched) {
		LearningActions.requireGuardian(user);
		BigDecimal share = CompletionPolicy.share(watched);
		publishedCourse(id);
		CourseProgress before = lockedProgress(user, id);
		CourseProgress after = new CourseProgress(share.max(before.watched()), before.quizAttempts(), before.bestScore(),
				before.quizPassed(), before.completedOn());
		return settle(user, id, after, null);
	}

	/** A guardian answers the quiz (the chosen option of each question, 0-based). */
	@Transactional
	public CourseOutcome answerQuiz(CurrentUser user, UUID id, List<Integer> answers) {
		LearningActions.requireGuardian(user);
		Course course = publishedCourse(id);
		if (course.questions().isEmpty()) {
			throw new BusinessRuleException("answers", "guidance.learning.quiz.none");
		}
		int score = CompletionPolicy.scorePercent(course.questions(), answers);
		CourseProgress before = lockedProgress(user, id);
		boolean passed = before.quizPassed() || CompletionPolicy.passes(score, course.passMarkPercent());
		int best = before.bestScore() == null ? score : Math.max(score, before.bestScore());
		CourseProgress after = new CourseProgress(before.watched(), before.quizAttempts() + 1, best, passed,
				before.completedOn());
		return settle(user, id, after, score);
	}

	/** The guardian's children under 3 and whether each has a register entry. */
	@Transactional
	public List<LearnerChild> learners(CurrentUser user) {
		LearningActions.requireGuardian(user);
		return children.under3(user);
	}

	/**
	 * The guardian names the community their child lives in: the child joins the register, and
	 * the courses the guardian completed so far count for it.
	 * @return the names of the courses that now count for the child
	 */
	@Transactional
	public List<String> chooseCommunity(CurrentUser user, UUID familyChildId, String community) {
		LearningActions.requireGuardian(user);
		RegisteredChild child = children.chooseCommunity(user, familyChildId, community);
		List<String> counted = new ArrayList<>();
		for (Map.Entry<UUID, LocalDate> done : rows.completedBy(user.accountId()).entrySet()) {
			if (child.status() == RegisterStatus.ACTIVE
					&& children.under3(child.birthDate(), done.getValue())
					&& services.record(child.id(), ServiceKind.ONLINE_COURSE, ServiceSource.COURSE, done.getKey(),
							done.getValue(), false, user.accountId())) {
				rows.find(done.getKey()).ifPresent(c -> counted.add(c.title()));
			}
		}
		return counted;
	}

	/** The rules in force. */
	public CourseSettings settings() {
		return settings;
	}

	/** The share of a video to watch, in percent. */
	public int completionPercent() {
		return completion.completionPercent();
	}

	private CourseProgress lockedProgress(CurrentUser user, UUID id) {
		rows.start(user.accountId(), id, OffsetDateTime.now(clock));
		return rows.progress(user.accountId(), id, true).orElseThrow();
	}

	/** Saves the progress; on the day it first becomes complete, records the services. */
	private CourseOutcome settle(CurrentUser user, UUID id, CourseProgress progress, Integer score) {
		List<String> counted = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		CourseProgress saved = progress;
		if (!progress.completed() && completion.complete(progress.watched(), progress.quizPassed())) {
			LocalDate today = LocalDate.now(clock);
			saved = new CourseProgress(progress.watched(), progress.quizAttempts(), progress.bestScore(), true, today);
			for (LearnerChild child : children.under3(user)) {
				if (!child.counts()) {
					skipped.add(child.name());
				}
				else if (services.record(child.registerId(), ServiceKind.ONLINE_COURSE, ServiceSource.COURSE, id, today,
						false, user.accountId())) {
					counted.add(child.name());
				}
			}
			audit.record(AuditEntry.of("GUIDANCE_COURSE_COMPLETED", "guidance-course", id)
				.withDetails("children=" + counted.size() + " withoutCommunity=" + skipped.size()));
		}
		rows.saveProgress(user.accountId(), id, saved, OffsetDateTime.now(clock));
		return new CourseOutcome(saved, score, counted, skipped);
	}

	private Course managedCourse(CurrentUser user, UUID id) {
		LearningActions.require(LearningActions.writesCourses(user));
		Course course = rows.find(id).orElseThrow(() -> new NotFoundException("course"));
		if (!manages(user, course)) {
			throw new NotFoundException("course");
		}
		return course;
	}

	private Course visibleCourse(CurrentUser user, UUID id) {
		Course course = rows.find(id).orElseThrow(() -> new NotFoundException("course"));
		if (!course.published() && !(LearningActions.writesCourses(user) && manages(user, course))) {
			throw new NotFoundException("course");
		}
		return course;
	}

	private Course publishedCourse(UUID id) {
		return rows.find(id).filter(Course::published).orElseThrow(() -> new NotFoundException("course"));
	}

	private static boolean manages(CurrentUser user, Course course) {
		if (user.role() == Role.GUIDANCE_PROVIDER) {
			return course.ownerProvider() != null && course.ownerProvider().equals(user.scope().providerId());
		}
		return course.ownerDivision() != null && user.scope().covers(DivisionCode.of(course.ownerDivision()));
	}

	private static void publishable(List<QuizQuestion> questions, boolean hasVideo) {
		if (!hasVideo) {
			throw new BusinessRuleException("video", "guidance.learning.course.videoRequired");
		}
		if (questions.isEmpty()) {
			throw new BusinessRuleException("quiz", "guidance.learning.course.quizRequired");
		}
	}

	/** The draft with its text tidied, or the first rule it breaks. */
	static CourseDraft checked(CourseDraft draft) {
		String title = draft.title() == null ? "" : draft.title().strip();
		if (title.isEmpty() || title.length() > 100) {
			throw new BusinessRuleException("title", "guidance.learning.course.title.invalid", 100);
		}
		if (draft.ageBand() == null) {
			throw new BusinessRuleException("ageBand", "guidance.learning.course.ageBand.invalid");
		}
		if (draft.topic() == null) {
			throw new BusinessRuleException("topic", "guidance.learning.course.topic.invalid");
		}
		String text = draft.text() == null ? "" : draft.text().strip();
		if (text.length() > 20000) {
			throw new BusinessRuleException("text", "guidance.learning.course.text.invalid", 20000);
		}
		int passMark = draft.passMarkPercent() == null ? 0 : draft.passMarkPercent();
		if (passMark < 1 || passMark > 100) {
			throw new BusinessRuleException("passMarkPercent", "guidance.learning.course.passMark.invalid");
		}
		for (int i = 0; i < draft.questions().size(); i++) {
			QuizQuestion question = draft.questions().get(i);
			if (question.text() == null || question.text().isBlank() || question.text().length() > 300
					|| question.options().size() < 2 || question.options().size() > 6
					|| question.options().stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 100)
					|| question.answer() < 0 || question.answer() >= question.options().size()) {
				throw new BusinessRuleException("quiz", "guidance.learning.course.question.invalid", i + 1);
			}
		}
		if (draft.questions().size() > QuestionSheet.MAX_QUESTIONS) {
			throw new BusinessRuleException("quiz", "guidance.learning.sheet.tooMany", QuestionSheet.MAX_QUESTIONS);
		}
		return new CourseDraft(title, draft.ageBand(), draft.topic(), text, videoUrl(draft.videoUrl()), passMark,
				draft.questions());
	}

	private static String videoUrl(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String url = raw.strip();
		try {
			URI uri = new URI(url);
			if (url.length() > 500 || !url.startsWith("https://") || uri.getHost() == null) {
				throw new BusinessRuleException("videoUrl", "guidance.learning.course.videoUrl.invalid");
			}
		}
		catch (URISyntaxException ex) {
			throw new BusinessRuleException("videoUrl", "guidance.learning.course.videoUrl.invalid");
		}
		return url;
	}

	private static AuditEntry entry(String action, UUID id, CurrentUser user) {
		AuditEntry entry = AuditEntry.of(action, "guidance-course", id);
		return user.scope().division() == null ? entry : entry.in(user.scope().division());
	}
}
