package org.tuoyu.guidance.learning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The course tables: courses with their quiz, uploaded videos' metadata, guardians' progress. */
@Repository
class CourseRows {

	private static final String COLUMNS = """
			c.id, c.title, c.age_band, c.topic, c.body, c.video_url, c.video_sha256, c.video_name, m.size AS video_size,
			c.pass_mark_percent, c.published, c.published_on, c.owner_division, c.owner_provider""";

	private static final String SUMMARY = """
			SELECT c.id, c.title, c.age_band, c.topic, c.published, (c.video_sha256 IS NOT NULL OR c.video_url IS NOT NULL) AS has_video,
			  (SELECT count(*) FROM guidance_course_question q WHERE q.course_id = c.id) AS questions
			FROM guidance_course c
			""";

	private final JdbcClient jdbc;

	CourseRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, CourseDraft draft, String ownerDivision, UUID ownerProvider, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_course (id, title, age_band, topic, body, video_url, pass_mark_percent, owner_division,
				  owner_provider, created_by, created_at, updated_at)
				VALUES (:id, :title, :band, :topic, :body, :url, :passMark, :division, :provider, :by, :now, :now)
				""")
			.param("id", id)
			.param("title", draft.title())
			.param("band", draft.ageBand().name())
			.param("topic", draft.topic().name())
			.param("body", draft.text())
			.param("url", draft.videoUrl())
			.param("passMark", draft.passMarkPercent())
			.param("division", ownerDivision)
			.param("provider", ownerProvider)
			.param("by", by)
			.param("now", now)
			.update();
		replaceQuestions(id, draft.questions());
	}

	/** Saves the author's fields; a new external address replaces an uploaded video. */
	void update(UUID id, CourseDraft draft, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE guidance_course SET title = :title, age_band = :band, topic = :topic, body = :body,
				  video_url = coalesce(CAST(:url AS text), video_url),
				  video_sha256 = CASE WHEN CAST(:url AS text) IS NULL THEN video_sha256 END,
				  video_name = CASE WHEN CAST(:url AS text) IS NULL THEN video_name END,
				  pass_mark_percent = :passMark, updated_at = :now
				WHERE id = :id
				""")
			.param("id", id)
			.param("title", draft.title())
			.param("band", draft.ageBand().name())
			.param("topic", draft.topic().name())
			.param("body", draft.text())
			.param("url", draft.videoUrl())
			.param("passMark", draft.passMarkPercent())
			.param("now", now)
			.update();
		replaceQuestions(id, draft.questions());
	}

	private void replaceQuestions(UUID id, List<QuizQuestion> questions) {
		jdbc.sql("DELETE FROM guidance_course_question WHERE course_id = :id").param("id", id).update();
		for (int i = 0; i < questions.size(); i++) {
			QuizQuestion question = questions.get(i);
			jdbc.sql("""
					INSERT INTO guidance_course_question (course_id, position, text, options, answer)
					VALUES (:id, :position, :text, :options, :answer)
					""")
				.param("id", id)
				.param("position", i + 1)
				.param("text", question.text())
				.param("options", question.options().toArray(String[]::new))
				.param("answer", question.answer())
				.update();
		}
	}

	/** Records an uploaded file (once per content) and makes it the course's video. */
	void attachVideo(UUID id, String sha256, long size, String fileName, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_media (sha256, size, content_type, stored_by, stored_at)
				VALUES (:sha, :size, 'video/mp4', :by, :now)
				ON CONFLICT (sha256) DO NOTHING
				""").param("sha", sha256).param("size", size).param("by", by).param("now", now).update();
		jdbc.sql("""
				UPDATE guidance_course SET video_sha256 = :sha, video_name = :name, video_url = NULL, updated_at = :now
				WHERE id = :id
				""").param("id", id).param("sha", sha256).param("name", fileName).param("now", now).update();
	}

	void publish(UUID id, boolean published, LocalDate today, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE guidance_course SET published = :published,
				  published_on = CASE WHEN :published THEN :today ELSE published_on END, updated_at = :now
				WHERE id = :id
				""").param("id", id).param("published", published).param("today", today).param("now", now).update();
	}

	Optional<Course> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM guidance_course c LEFT JOIN guidance_media m ON m.sha256 = c.video_sha256
				WHERE c.id = :id
				""").param("id", id).query((rs, n) -> course(rs, questions(id))).optional();
	}

	/** Courses owned by areas inside the division subtree, or by the provider. */
	List<CourseSummary> owned(String divisionPrefix, UUID provider) {
		return jdbc.sql(SUMMARY + """
				WHERE (CAST(:prefix AS text) IS NOT NULL AND c.owner_division LIKE :prefix)
				   OR (CAST(:provider AS uuid) IS NOT NULL AND c.owner_provider = :provider)
				ORDER BY c.published, c.updated_at DESC, c.id
				LIMIT 500
				""")
			.param("prefix", divisionPrefix == null ? null : divisionPrefix + "%")
			.param("provider", provider)
			.query(CourseRows::summary)
			.list();
	}

	/** Published courses, those of the given age bands first. */
	List<CourseSummary> published(List<AgeBand> firstBands, AgeBand only) {
		return jdbc.sql(SUMMARY + """
				WHERE c.published AND (CAST(:only AS text) IS NULL OR c.age_band = :only)
				ORDER BY (c.age_band = ANY (:bands)) DESC, c.age_band, c.published_on DESC, c.title, c.id
				LIMIT 500
				""")
			.param("bands", firstBands.stream().map(Enum::name).toArray(String[]::new))
			.param("only", only == null ? null : only.name())
			.query(CourseRows::summary)
			.list();
	}

	Optional<CourseProgress> progress(UUID account, UUID course, boolean lock) {
		return jdbc.sql("""
				SELECT watched_share, quiz_attempts, best_score, quiz_passed, completed_on FROM guidance_course_progress
				WHERE account_id = :account AND course_id = :course""" + (lock ? " FOR UPDATE" : ""))
			.param("account", account)
			.param("course", course)
			.query(CourseRows::progress)
			.optional();
	}

	/** The account's progress in every course it started. */
	Map<UUID, CourseProgress> progressOf(UUID account) {
		Map<UUID, CourseProgress> progress = new HashMap<>();
		jdbc.sql("""
				SELECT course_id, watched_share, quiz_attempts, best_score, quiz_passed, completed_on
				FROM guidance_course_progress WHERE account_id = :account
				""").param("account", account).query(rs -> {
					progress.put(rs.getObject("course_id", UUID.class), progress(rs, 0));
				});
		return progress;
	}

	/** Makes sure the account has a progress row for the course, to lock it. */
	void start(UUID account, UUID course, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_course_progress (account_id, course_id, started_at, updated_at)
				VALUES (:account, :course, :now, :now)
				ON CONFLICT (account_id, course_id) DO NOTHING
				""").param("account", account).param("course", course).param("now", now).update();
	}

	void saveProgress(UUID account, UUID course, CourseProgress progress, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE guidance_course_progress SET watched_share = :watched, quiz_attempts = :attempts, best_score = :best,
				  quiz_passed = :passed, completed_on = :completed, updated_at = :now
				WHERE account_id = :account AND course_id = :course
				""")
			.param("account", account)
			.param("course", course)
			.param("watched", progress.watched())
			.param("attempts", progress.quizAttempts())
			.param("best", progress.bestScore())
			.param("passed", progress.quizPassed())
			.param("completed", progress.completedOn())
			.param("now", now)
			.update();
	}

	/** The courses the account completed, with the day. */
	Map<UUID, LocalDate> completedBy(UUID account) {
		Map<UUID, LocalDate> completed = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT course_id, completed_on FROM guidance_course_progress
				WHERE account_id = :account AND completed_on IS NOT NULL ORDER BY completed_on, course_id
				""").param("account", account).query(rs -> {
					completed.put(rs.getObject("course_id", UUID.class), rs.getObject("completed_on", LocalDate.class));
				});
		return completed;
	}

	private List<QuizQuestion> questions(UUID course) {
		return jdbc.sql("SELECT text, options, answer FROM guidance_course_question WHERE course_id = :id ORDER BY position")
			.param("id", course)
			.query((rs, n) -> new QuizQuestion(rs.getString("text"), strings(rs.getArray("options")), rs.getInt("answer")))
			.list();
	}

	private static Course course(ResultSet rs, List<QuizQuestion> questions) throws SQLException {
		String sha = rs.getString("video_sha256");
		CourseVideo video = sha == null ? null : new CourseVideo(sha, rs.getLong("video_size"), rs.getString("video_name"));
		return new Course(rs.getObject("id", UUID.class), rs.getString("title"), AgeBand.valueOf(rs.getString("age_band")),
				CourseTopic.valueOf(rs.getString("topic")), rs.getString("body"), rs.getString("video_url"), video,
				rs.getInt("pass_mark_percent"), rs.getBoolean("published"), rs.getObject("published_on", LocalDate.class),
				questions, rs.getString("owner_division"), rs.getObject("owner_provider", UUID.class));
	}

	private static CourseSummary summary(ResultSet rs, int n) throws SQLException {
		return new CourseSummary(rs.getObject("id", UUID.class), rs.getString("title"),
				AgeBand.valueOf(rs.getString("age_band")), CourseTopic.valueOf(rs.getString("topic")),
				rs.getBoolean("published"), rs.getBoolean("has_video"), rs.getInt("questions"));
	}

	private static CourseProgress progress(ResultSet rs, int n) throws SQLException {
		return new CourseProgress(rs.getBigDecimal("watched_share"), rs.getInt("quiz_attempts"),
				rs.getObject("best_score", Integer.class), rs.getBoolean("quiz_passed"),
				rs.getObject("completed_on", LocalDate.class));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}
}
