package org.tuoyu.platform;

import java.util.Optional;

/**
 * The network address of the client whose request is being handled, for the audit log.
 */
public interface ClientAddress {

	/** The address, or empty outside a web request (jobs, start-up). */
	Optional<String> current();
}
