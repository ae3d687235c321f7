package org.tuoyu.guidance.learning;

/**
 * A respondent's result.
 *
 * @param score the total score
 * @param maxScore the best total score
 * @param passMark the score needed to count as aware
 * @param passed whether the score reached the pass mark
 */
public record SurveyResult(int score, int maxScore, int passMark, boolean passed) {
}
