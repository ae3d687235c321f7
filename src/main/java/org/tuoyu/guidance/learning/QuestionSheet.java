package org.tuoyu.guidance.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tuoyu.platform.BusinessRuleException;

/**
 * The plain-text form in which officers and providers write a quiz or a questionnaire on a page:
 * a line is a question (a leading "1." or "1、" is dropped), the lines under it starting with
 * {@code -} or {@code *} are its options; {@code *} marks a quiz's right answer and a trailing
 * {@code =2} gives an option its score in a questionnaire. Blank lines are ignored.
 *
 * <pre>
 * 宝宝几个月开始添加辅食？
 * - 4个月 =0
 * * 6个月左右 =2
 * </pre>
 */
public final class QuestionSheet {

	/** Most questions in a quiz or questionnaire. */
	public static final int MAX_QUESTIONS = 50;

	private static final Pattern NUMBERING = Pattern.compile("^\\d{1,3}\\s*[.、)）]\\s*");

	private static final Pattern SCORE = Pattern.compile("^(.*?)\\s*=\\s*(\\d{1,3})$");

	/** An option as written: its text, whether it was marked with {@code *}, its score if given. */
	public record Option(String text, boolean marked, Integer score) {
	}

	/** A question as written, with the line it starts on. */
	public record Question(int line, String text, List<Option> options) {
	}

	private QuestionSheet() {
	}

	/**
	 * Reads the text; each fault is a broken rule on {@code field} naming its line.
	 */
	public static List<Question> parse(String sheet, String field) {
		List<Question> questions = new ArrayList<>();
		String[] lines = sheet == null ? new String[0] : sheet.split("\\R");
		String text = null;
		int start = 0;
		List<Option> options = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			char first = line.charAt(0);
			if (first == '-' || first == '*' || first == '＊') {
				if (text == null) {
					throw new BusinessRuleException(field, "guidance.learning.sheet.optionFirst", i + 1);
				}
				options.add(option(line.substring(1).strip(), first != '-', field, i + 1));
			}
			else {
				if (text != null) {
					questions.add(question(start, text, options, field));
				}
				text = NUMBERING.matcher(line).replaceFirst("").strip();
				start = i + 1;
				options = new ArrayList<>();
			}
		}
		if (text != null) {
			questions.add(question(start, text, options, field));
		}
		if (questions.isEmpty()) {
			throw new BusinessRuleException(field, "guidance.learning.sheet.empty");
		}
		if (questions.size() > MAX_QUESTIONS) {
			throw new BusinessRuleException(field, "guidance.learning.sheet.tooMany", MAX_QUESTIONS);
		}
		return questions;
	}

	/** Writes questions back in the sheet's form, so that a page can show them for editing. */
	public static String format(List<Question> questions) {
		StringBuilder sheet = new StringBuilder();
		for (Question question : questions) {
			sheet.append(question.text()).append('\n');
			for (Option option : question.options()) {
				sheet.append(option.marked() ? "* " : "- ").append(option.text());
				if (option.score() != null) {
					sheet.append(" =").append(option.score());
				}
				sheet.append('\n');
			}
			sheet.append('\n');
		}
		return sheet.toString().strip();
	}

	/** A quiz from its sheet: each question needs exactly one option marked {@code *}; blank is no quiz. */
	public static List<QuizQuestion> quiz(String sheet, String field) {
		if (sheet == null || sheet.isBlank()) {
			return List.of();
		}
		List<QuizQuestion> quiz = new ArrayList<>();
		for (Question question : parse(sheet, field)) {
			List<Option> options = question.options();
			List<Integer> marked = new ArrayList<>();
			for (int i = 0; i < options.size(); i++) {
				if (options.get(i).marked()) {
					marked.add(i);
				}
			}
			if (marked.size() != 1) {
				throw new BusinessRuleException(field, "guidance.learning.sheet.oneRight", question.line());
			}
			quiz.add(new QuizQuestion(question.text(), options.stream().map(Option::text).toList(), marked.get(0)));
		}
		return quiz;
	}

	/** The sheet of a quiz. */
	public static String ofQuiz(List<QuizQuestion> quiz) {
		return format(quiz.stream().map(q -> {
			List<Option> options = new ArrayList<>();
			for (int i = 0; i < q.options().size(); i++) {
				options.add(new Option(q.options().get(i), i == q.answer(), null));
			}
			return new Question(0, q.text(), options);
		}).toList());
	}

	/** A questionnaire's questions from its sheet: an option without {@code =score} scores 0. */
	public static List<SurveyQuestion> survey(String sheet, String field) {
		return parse(sheet, field).stream()
			.map(q -> new SurveyQuestion(q.text(), q.options().stream().map(Option::text).toList(),
					q.options().stream().map(o -> o.score() == null ? 0 : o.score()).toList()))
			.toList();
	}

	/** The sheet of a questionnaire's questions. */
	public static String ofSurvey(List<SurveyQuestion> questions) {
		return format(questions.stream().map(q -> {
			List<Option> options = new ArrayList<>();
			for (int i = 0; i < q.options().size(); i++) {
				options.add(new Option(q.options().get(i), false, q.scores().get(i)));
			}
			return new Question(0, q.text(), options);
		}).toList());
	}

	private static Option option(String written, boolean marked, String field, int line) {
		Matcher scored = SCORE.matcher(written);
		String text = scored.matches() ? scored.group(1).strip() : written;
		Integer score = scored.matches() ? Integer.valueOf(scored.group(2)) : null;
		if (text.isEmpty() || text.length() > 100) {
			throw new BusinessRuleException(field, "guidance.learning.sheet.optionLength", line, 100);
		}
		return new Option(text, marked, score);
	}

	private static Question question(int line, String text, List<Option> options, String field) {
		if (text.isEmpty() || text.length() > 300) {
			throw new BusinessRuleException(field, "guidance.learning.sheet.questionLength", line, 300);
		}
		if (options.size() < 2 || options.size() > 6) {
			throw new BusinessRuleException(field, "guidance.learning.sheet.optionCount", line, 2, 6);
		}
		return new Question(line, text, List.copyOf(options));
	}
}
