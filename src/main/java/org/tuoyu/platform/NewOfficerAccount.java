package org.tuoyu.platform;

/**
 * A request to create a regulator's account.
 *
 * @param username the login name (lower-case letters, digits, dot, dash, underscore)
 * @param displayName the person's name
 * @param role an officer role
 * @param divisionCode the division the account works in
 * @param password the initial password
 */
public record NewOfficerAccount(String username, String displayName, Role role, String divisionCode, String password) {
}
