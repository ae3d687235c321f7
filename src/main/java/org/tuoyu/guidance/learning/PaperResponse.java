package org.tuoyu.guidance.learning;

import java.util.List;

/**
 * A paper questionnaire a community worker enters.
 *
 * @param community the respondent's community (12 digits)
 * @param answers the chosen option of each question (0-based)
 * @param note an optional reference to the paper form, never a name or number of the respondent
 */
public record PaperResponse(String community, List<Integer> answers, String note) {
}
