package org.tuoyu.attendance;

import java.util.UUID;

/**
 * Whether a child passed the admission health check (入托体检), needed before the first check-in:
 * provided by the module that keeps health records (an SPI, so attendance does not depend on it).
 * Without one, no admission check counts as passed.
 */
public interface AdmissionChecks {

	boolean passed(UUID childId);
}
