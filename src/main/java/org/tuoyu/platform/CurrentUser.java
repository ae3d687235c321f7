package org.tuoyu.platform;

import java.util.UUID;

/**
 * The signed-in user as other modules see it.
 *
 * @param accountId the account
 * @param username the login name
 * @param displayName the name shown in pages
 * @param role the single role of the account
 * @param scope the server-side data scope
 */
public record CurrentUser(UUID accountId, String username, String displayName, Role role, DataScope scope) {
}
