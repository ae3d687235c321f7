package org.tuoyu.platform.web;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.shared.InvalidValueException;

import tools.jackson.core.JacksonException;

/**
 * Turns exceptions from JSON controllers into translated RFC 9457 problem details with stable
 * types and field errors. Nothing internal leaks: an unexpected failure is logged and answered
 * with a generic message.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final Texts texts;

	ApiExceptionHandler(MessageSource messages, Texts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "problem.notFound", List.of());
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex) {
		FieldProblem field = new FieldProblem(ex.field(), ex.messageKey(), texts.text(ex.messageKey(), ex.arguments()));
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.BUSINESS_RULE, "problem.businessRule",
				List.of(field));
		problem.setDetail(field.message());
		return problem;
	}

	@ExceptionHandler(InvalidValueException.class)
	ProblemDetail invalidValue(InvalidValueException ex) {
		FieldProblem field = new FieldProblem(null, ex.messageKey(), texts.text(ex.messageKey(), ex.arguments()));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "problem.validation", List.of(field));
		problem.setDetail(field.message());
		return problem;
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail binding(BindException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> fields = ex.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), error.getCode(), messages.getMessage(error, locale)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "problem.validation", fields);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingServletRequestPartException.class })
	ProblemDetail unreadable(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "problem.unreadable", List.of());
	}

	/** A JSON body that cannot be read; a value of the wrong format is named by its field. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		String field = ex.getCause() instanceof JacksonException json ? fieldOf(json) : null;
		if (field == null) {
			return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "problem.unreadable", List.of());
		}
		FieldProblem error = new FieldProblem(field, "problem.unreadable.field", texts.text("problem.unreadable.field", field));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "problem.unreadable", List.of(error));
		problem.setDetail(error.message());
		return problem;
	}

	/** The JSON path of the value Jackson could not read ({@code child.birthDate}, {@code items[2]}). */
	private static String fieldOf(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference step : ex.getPath()) {
			if (step.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? null : field.toString();
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.VALIDATION, "problem.method", List.of());
	}

	/** Spring MVC's own client errors (415, 406, missing header, ...) keep their status. */
	@ExceptionHandler(ErrorResponseException.class)
	ProblemDetail framework(ErrorResponseException ex) {
		HttpStatus status = HttpStatus.valueOf(ex.getStatusCode().value());
		if (status.is5xxServerError()) {
			log.error("Server error in API request", ex);
			return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "problem.internal", List.of());
		}
		return problem(status, ProblemTypes.VALIDATION, "problem.unreadable", List.of());
	}

	@ExceptionHandler({ HttpMediaTypeException.class, ServletRequestBindingException.class })
	ProblemDetail mediaType(Exception ex) {
		HttpStatus status = ex instanceof HttpMediaTypeNotAcceptableException ? HttpStatus.NOT_ACCEPTABLE
				: ex instanceof HttpMediaTypeException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
		return problem(status, ProblemTypes.VALIDATION, "problem.unreadable", List.of());
	}

	/** Two requests raced for the same unique value: the second is told, nothing is half-written. */
	/** Text the database cannot store (a NUL character): bad input, and the transaction wrote nothing. */
	@ExceptionHandler(DataAccessException.class)
	ProblemDetail dataAccess(DataAccessException ex) {
		if (!UnstorableCharacters.causedBy(ex)) {
			return unexpected(ex);
		}
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "problem.invalidCharacter", List.of());
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return problem(HttpStatus.CONFLICT, ProblemTypes.BUSINESS_RULE, "problem.conflict", List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "problem.forbidden", List.of());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in API request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "problem.internal", List.of());
	}

	private ProblemDetail problem(HttpStatus status, java.net.URI type, String key, List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, texts.text(key));
		problem.setType(type);
		problem.setTitle(texts.text(key + ".title"));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

}
