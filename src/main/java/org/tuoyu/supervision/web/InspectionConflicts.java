package org.tuoyu.supervision.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.web.ProblemTypes;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.supervision.InspectionConflictException;

/** Answers a state conflict (already concluded, answered, decided or published) as 409 problem JSON. */
@Component
class InspectionConflicts {

	private final Texts texts;

	InspectionConflicts(Texts texts) {
		this.texts = texts;
	}

	ProblemDetail problem(InspectionConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, texts.text(ex.messageKey()));
		problem.setType(ProblemTypes.BUSINESS_RULE);
		problem.setTitle(texts.text("problem.conflict.title"));
		problem.setProperty("code", ex.messageKey());
		return problem;
	}
}
