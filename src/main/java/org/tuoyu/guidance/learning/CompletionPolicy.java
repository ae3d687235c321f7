package org.tuoyu.guidance.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.tuoyu.platform.BusinessRuleException;

/**
 * When a course counts as a guidance service: its video watched to at least the configured share
 * (default 80 %) and its quiz passed, i.e. at least the course's pass mark in percent of the
 * questions answered right.
 */
public final class CompletionPolicy {

	private final BigDecimal completionShare;

	public CompletionPolicy(BigDecimal completionShare) {
		this.completionShare = completionShare;
	}

	/** A reported watched share as stored: between 0 and 1, three decimals. */
	public static BigDecimal share(BigDecimal reported) {
		if (reported == null || reported.signum() < 0 || reported.compareTo(BigDecimal.ONE) > 0) {
			throw new BusinessRuleException("watched", "guidance.learning.progress.share");
		}
		return reported.setScale(3, RoundingMode.DOWN);
	}

	/** Whether enough of the video has been watched. */
	public boolean watchedEnough(BigDecimal watched) {
		return watched != null && watched.compareTo(completionShare) >= 0;
	}

	/** The quiz result in percent of the questions answered right; every question needs an answer. */
	public static int scorePercent(List<QuizQuestion> questions, List<Integer> answers) {
		if (answers == null || answers.size() != questions.size() || answers.stream().anyMatch(Objects::isNull)) {
			throw new BusinessRuleException("answers", "guidance.learning.quiz.unanswered");
		}
		int right = 0;
		for (int i = 0; i < questions.size(); i++) {
			int answer = answers.get(i);
			if (answer < 0 || answer >= questions.get(i).options().size()) {
				throw new BusinessRuleException("answers", "guidance.learning.quiz.unanswered");
			}
			right += answer == questions.get(i).answer() ? 1 : 0;
		}
		return questions.isEmpty() ? 100 : right * 100 / questions.size();
	}

	/** Whether a quiz result reaches the pass mark. */
	public static boolean passes(int scorePercent, int passMarkPercent) {
		return scorePercent >= passMarkPercent;
	}

	/** Whether a course with this progress is complete. */
	public boolean complete(BigDecimal watched, boolean quizPassed) {
		return quizPassed && watchedEnough(watched);
	}

	/** The share to watch, in percent, as pages state it. */
	public int completionPercent() {
		return completionShare.movePointRight(2).intValue();
	}
}
