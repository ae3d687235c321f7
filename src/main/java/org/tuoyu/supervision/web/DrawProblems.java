package org.tuoyu.supervision.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.tuoyu.platform.web.ProblemTypes;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.supervision.DrawConflictException;

/** The 409 problem of a draw step that was already taken (sealed twice, drawn twice, edited once sealed). */
final class DrawProblems {

	private DrawProblems() {
	}

	static ProblemDetail conflict(Texts texts, DrawConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, texts.text(ex.messageKey()));
		problem.setType(ProblemTypes.BUSINESS_RULE);
		problem.setTitle(texts.text("problem.conflict.title"));
		problem.setProperty("code", ex.messageKey());
		return problem;
	}
}
