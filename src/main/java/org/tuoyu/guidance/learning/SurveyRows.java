package org.tuoyu.guidance.learning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuoyu.platform.UuidV7;

/** The questionnaire tables: versions with their questions, and responses. */
@Repository
class SurveyRows {

	private static final String COLUMNS = """
			SELECT id, owner_division, version, title, pass_mark, status, published_on, retired_on
			FROM guidance_survey_version
			""";

	/**
	 * Respondents of an area and year: each guardian once with the latest answer of the year, each
	 * paper questionnaire once; {@code area} is the respondent's community, else street.
	 */
	private static final String RESPONDENTS = """
			WITH respondents AS (
			  (SELECT DISTINCT ON (guardian_account_id) passed, coalesce(community_code, division_code) AS area
			   FROM guidance_survey_response
			   WHERE guardian_account_id IS NOT NULL AND year = :year
			     AND coalesce(community_code, division_code) LIKE :prefix
			   ORDER BY guardian_account_id, answered_on DESC, entered_at DESC)
			  UNION ALL
			  SELECT passed, community_code AS area FROM guidance_survey_response
			  WHERE guardian_account_id IS NULL AND year = :year AND community_code LIKE :prefix)
			""";

	private final JdbcClient jdbc;

	SurveyRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number the next version of the owner's questionnaire gets. */
	int nextVersion(String owner) {
		return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM guidance_survey_version WHERE owner_division = :owner")
			.param("owner", owner)
			.query(Integer.class)
			.single();
	}

	void insert(UUID id, String owner, int version, SurveyDraft draft, UUID by, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guidance_survey_version (id, owner_division, version, title, pass_mark, status, created_by,
				  created_at, updated_at)
				VALUES (:id, :owner, :version, :title, :passMark, 'DRAFT', :by, :now, :now)
				""")
			.param("id", id)
			.param("owner", owner)
			.param("version", version)
			.param("title", draft.title())
			.param("passMark", draft.passMark())
			.param("by", by)
			.param("now", now)
			.update();
		replaceQuestions(id, draft.questions());
	}

	void update(UUID id, SurveyDraft draft, OffsetDateTime now) {
		jdbc.sql("UPDATE guidance_survey_version SET title = :title, pass_mark = :passMark, updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("title", draft.title())
			.param("passMark", draft.passMark())
			.param("now", now)
			.update();
		replaceQuestions(id, draft.questions());
	}

	private void replaceQuestions(UUID id, List<SurveyQuestion> questions) {
		jdbc.sql("DELETE FROM guidance_survey_question WHERE version_id = :id").param("id", id).update();
		for (int i = 0; i < questions.size(); i++) {
			SurveyQuestion question = questions.get(i);
			jdbc.sql("""
					INSERT INTO guidance_survey_question (version_id, position, text, options, scores)
					VALUES (:id, :position, :text, :options, :scores)
					""")
				.param("id", id)
				.param("position", i + 1)
				.param("text", question.text())
				.param("options", question.options().toArray(String[]::new))
				.param("scores", question.scores().toArray(Integer[]::new))
				.update();
		}
	}

	/** Publishes a draft and retires the owner's version published before it. */
	void publish(UUID id, String owner, LocalDate today, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE guidance_survey_version SET status = 'RETIRED', retired_on = :today, updated_at = :now
				WHERE owner_division = :owner AND status = 'PUBLISHED'
				""").param("owner", owner).param("today", today).param("now", now).update();
		jdbc.sql("""
				UPDATE guidance_survey_version SET status = 'PUBLISHED', published_on = :today, updated_at = :now
				WHERE id = :id AND status = 'DRAFT'
				""").param("id", id).param("today", today).param("now", now).update();
	}

	Optional<SurveyVersion> find(UUID id, boolean lock) {
		return jdbc.sql(COLUMNS + " WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
			.param("id", id)
			.query(this::version)
			.optional();
	}

	/** The versions of questionnaires owned inside the division subtree, newest first. */
	List<SurveyVersion> ownedWithin(String prefix) {
		return jdbc.sql(COLUMNS + " WHERE owner_division LIKE :prefix ORDER BY owner_division, version DESC LIMIT 200")
			.param("prefix", prefix + "%")
			.query(this::version)
			.list();
	}

	/** The published version that applies to a street or community: its district's, else its city's. */
	Optional<SurveyVersion> publishedFor(String area) {
		return jdbc.sql(COLUMNS + """
				 WHERE status = 'PUBLISHED' AND starts_with(:area, owner_division)
				ORDER BY length(owner_division) DESC LIMIT 1
				""").param("area", area).query(this::version).optional();
	}

	/** The guardian's result for the version in the year, if answered. */
	Optional<SurveyResult> answered(UUID versionId, int year, UUID guardian, int maxScore, int passMark) {
		return jdbc.sql("""
				SELECT score, passed FROM guidance_survey_response
				WHERE version_id = :version AND year = :year AND guardian_account_id = :guardian
				""")
			.param("version", versionId)
			.param("year", year)
			.param("guardian", guardian)
			.query((rs, n) -> new SurveyResult(rs.getInt("score"), maxScore, passMark, rs.getBoolean("passed")))
			.optional();
	}

	/** Stores a response; {@code false} when the guardian already answered the version this year. */
	boolean insertResponse(UUID versionId, LocalDate answeredOn, UUID guardian, String note, String division,
			String community, List<Integer> answers, SurveyResult result, UUID by, OffsetDateTime now) {
		return jdbc.sql("""
				INSERT INTO guidance_survey_response (id, version_id, year, answered_on, channel, guardian_account_id,
				  respondent_note, division_code, community_code, answers, score, passed, entered_by, entered_at)
				VALUES (:id, :version, :year, :day, :channel, :guardian, :note, :division, :community, :answers, :score,
				  :passed, :by, :now)
				ON CONFLICT (version_id, year, guardian_account_id) WHERE guardian_account_id IS NOT NULL DO NOTHING
				""")
			.param("id", UuidV7.next())
			.param("version", versionId)
			.param("year", answeredOn.getYear())
			.param("day", answeredOn)
			.param("channel", guardian == null ? "PAPER" : "ONLINE")
			.param("guardian", guardian)
			.param("note", note)
			.param("division", division)
			.param("community", community)
			.param("answers", answers.toArray(Integer[]::new))
			.param("score", result.score())
			.param("passed", result.passed())
			.param("by", by)
			.param("now", now)
			.update() == 1;
	}

	/** Passed respondents and respondents of the area in the year. */
	long[] count(String prefix, int year) {
		return jdbc.sql(RESPONDENTS + "SELECT count(*) FILTER (WHERE passed) AS passed, count(*) AS total FROM respondents")
			.param("prefix", prefix + "%")
			.param("year", year)
			.query((rs, n) -> new long[] { rs.getLong("passed"), rs.getLong("total") })
			.single();
	}

	/** The same counts per sub-area: the first {@code length} digits of the respondent's area. */
	List<Awareness> countBy(String prefix, int length, int year) {
		return jdbc.sql(RESPONDENTS + """
				SELECT left(area, :length) AS code, count(*) FILTER (WHERE passed) AS passed, count(*) AS total
				FROM respondents WHERE length(area) >= :length GROUP BY 1 ORDER BY 1
				""")
			.param("prefix", prefix + "%")
			.param("year", year)
			.param("length", length)
			.query((rs, n) -> new Awareness(rs.getString("code"), null, year, rs.getLong("passed"), rs.getLong("total")))
			.list();
	}

	private SurveyVersion version(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new SurveyVersion(id, rs.getString("owner_division"), rs.getInt("version"), rs.getString("title"),
				rs.getInt("pass_mark"), SurveyStatus.valueOf(rs.getString("status")),
				rs.getObject("published_on", LocalDate.class), rs.getObject("retired_on", LocalDate.class), questions(id));
	}

	private List<SurveyQuestion> questions(UUID version) {
		return jdbc.sql("SELECT text, options, scores FROM guidance_survey_question WHERE version_id = :id ORDER BY position")
			.param("id", version)
			.query((rs, n) -> new SurveyQuestion(rs.getString("text"), CourseRows.strings(rs.getArray("options")),
					integers(rs.getArray("scores"))))
			.list();
	}

	private static List<Integer> integers(Array array) throws SQLException {
		return Arrays.asList((Integer[]) array.getArray());
	}
}
