package org.tuoyu.guidance.learning;

/** Where a questionnaire version stands: edited as a draft, answered while published, then retired. */
public enum SurveyStatus {

	DRAFT, PUBLISHED, RETIRED;

	/** The message key of the status's name. */
	public String messageKey() {
		return "guidance.learning.survey.status." + name();
	}
}
