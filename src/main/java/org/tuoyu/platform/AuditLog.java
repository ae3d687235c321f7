package org.tuoyu.platform;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The append-only, hash-chained audit log. Writes join the caller's transaction, so an audited
 * change and its audit row commit or roll back together.
 */
public interface AuditLog {

	/** Records an action by the signed-in user (or the system when nobody is signed in). */
	void record(AuditEntry entry);

	/**
	 * Records several actions by the signed-in user at once, e.g. one per child of an entry written
	 * for a whole class: one round trip to the database.
	 */
	default void recordAll(Collection<AuditEntry> entries) {
		entries.forEach(this::record);
	}

	/** Records an action by a named actor, e.g. the username of a failed login. */
	void recordAs(UUID actorId, String actorName, AuditEntry entry);

	/**
	 * The audited actions of the given kinds on one record, newest first, at most {@code limit}.
	 * No scope check: for the module that owns the record, which shows them only to whom the record
	 * belongs (e.g. a child's guardians see who viewed its growth record).
	 */
	List<RecordAccess> accesses(String targetType, String targetId, Collection<String> actions, int limit);
}
