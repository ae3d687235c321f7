package org.tuoyu.platform;

import java.util.UUID;

/**
 * The append-only, hash-chained audit log. Writes join the caller's transaction, so an audited
 * change and its audit row commit or roll back together.
 */
public interface AuditLog {

	/** Records an action by the signed-in user (or the system when nobody is signed in). */
	void record(AuditEntry entry);

	/** Records an action by a named actor, e.g. the username of a failed login. */
	void recordAs(UUID actorId, String actorName, AuditEntry entry);
}
