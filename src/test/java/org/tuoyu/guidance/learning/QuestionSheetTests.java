package org.tuoyu.guidance.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class QuestionSheetTests {

	@Test
	void aQuizSheetGivesQuestionsWithTheirRightAnswerAndReadsBack() {
		String sheet = """
				1. 宝宝几个月开始添加辅食？
				- 3个月
				* 6个月左右
				- 1岁以后

				2、夜里哭闹时应该？
				* 先安抚再查找原因
				- 马上喂奶
				""";
		List<QuizQuestion> quiz = QuestionSheet.quiz(sheet, "quiz");
		assertThat(quiz).containsExactly(new QuizQuestion("宝宝几个月开始添加辅食？", List.of("3个月", "6个月左右", "1岁以后"), 1),
				new QuizQuestion("夜里哭闹时应该？", List.of("先安抚再查找原因", "马上喂奶"), 0));
		assertThat(QuestionSheet.quiz(QuestionSheet.ofQuiz(quiz), "quiz")).isEqualTo(quiz);
		assertThat(QuestionSheet.quiz("  ", "quiz")).isEmpty();
	}

	@Test
	void aQuestionnaireSheetGivesScoredOptionsAndAMissingScoreIsZero() {
		List<SurveyQuestion> questions = QuestionSheet.survey("""
				母乳喂养建议到？
				- 6个月 =1
				- 2岁及以上 = 2
				- 不必要
				""", "questions");
		assertThat(questions).containsExactly(
				new SurveyQuestion("母乳喂养建议到？", List.of("6个月", "2岁及以上", "不必要"), List.of(1, 2, 0)));
		assertThat(QuestionSheet.survey(QuestionSheet.ofSurvey(questions), "questions")).isEqualTo(questions);
	}

	@Test
	void eachFaultNamesItsLine() {
		assertRule(() -> QuestionSheet.quiz("- 孤立的选项", "quiz"), "guidance.learning.sheet.optionFirst", 1);
		assertRule(() -> QuestionSheet.quiz("题目\n- 只有一个选项", "quiz"), "guidance.learning.sheet.optionCount", 1);
		assertRule(() -> QuestionSheet.quiz("题一\n* 对\n- 错\n\n题二\n- 甲\n- 乙", "quiz"), "guidance.learning.sheet.oneRight", 5);
		assertRule(() -> QuestionSheet.quiz("题一\n* 对\n* 也对", "quiz"), "guidance.learning.sheet.oneRight", 1);
		assertRule(() -> QuestionSheet.survey("", "questions"), "guidance.learning.sheet.empty");
	}

	private static void assertRule(Runnable parse, String key, Object... arguments) {
		assertThatThrownBy(parse::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			assertThat(e.messageKey()).isEqualTo(key);
			assertThat(e.arguments()).startsWith(arguments);
		});
	}
}
