package org.tuoyu.attendance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a child away for a long time passed a re-examination (返园体检) since: provided by the
 * module that keeps health records (an SPI, so attendance does not depend on it). Without one, no
 * re-examination counts as recorded.
 */
public interface ReturnExaminations {

	boolean passedSince(UUID childId, LocalDate day);
}
