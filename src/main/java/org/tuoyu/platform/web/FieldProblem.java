package org.tuoyu.platform.web;

/**
 * One field error in a problem response.
 *
 * @param field the request field, or {@code null} for the whole request
 * @param code the stable message key
 * @param message the translated message
 */
public record FieldProblem(String field, String code, String message) {
}
