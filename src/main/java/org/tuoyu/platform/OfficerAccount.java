package org.tuoyu.platform;

import java.util.UUID;

/**
 * An officer's account as other modules may show it: no password, no login state.
 *
 * @param id the account
 * @param username the login name
 * @param displayName the person's name
 * @param role the officer role
 * @param divisionCode the division the officer works in
 * @param enabled whether the account may sign in
 */
public record OfficerAccount(UUID id, String username, String displayName, Role role, String divisionCode,
		boolean enabled) {
}
