package org.tuoyu.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Read-only database access for anonymous, public traffic (the directory, public pages): its own
 * small connection pool, so a crowd of visitors cannot take the connections officers and
 * institutions work with, and each connection reuses generic plans for its few hot statements.
 */
public interface PublicReads {

	/** A client whose connections are read-only and time out long statements. */
	JdbcClient jdbc();
}
