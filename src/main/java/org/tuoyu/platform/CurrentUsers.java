package org.tuoyu.platform;

import java.util.Optional;

/**
 * Access to the signed-in user and their data scope.
 */
public interface CurrentUsers {

	Optional<CurrentUser> current();

	/** The signed-in user; fails when nobody is signed in. */
	default CurrentUser require() {
		return current().orElseThrow(() -> new IllegalStateException("No user is signed in"));
	}
}
