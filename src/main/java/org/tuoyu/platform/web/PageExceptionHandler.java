package org.tuoyu.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tuoyu.platform.NotFoundException;

/**
 * Pages: a record that does not exist or lies outside the user's scope renders the 404 page; a
 * lost race for a unique value renders the 409 page; text the database cannot store (a NUL
 * character) renders the 400 page, with nothing written.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	/** Two requests raced for the same unique value (e.g. a credit code): explain, write nothing. */
	@ExceptionHandler(DuplicateKeyException.class)
	String conflict(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

	@ExceptionHandler(DataAccessException.class)
	String unstorable(DataAccessException ex, HttpServletResponse response) {
		if (!UnstorableCharacters.causedBy(ex)) {
			throw ex;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "error/400";
	}
}
