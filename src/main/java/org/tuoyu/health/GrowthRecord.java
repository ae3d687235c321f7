package org.tuoyu.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tuoyu.shared.Sex;

/**
 * A child's growth record (成长档案): who the child is for the standards and every measurement,
 * oldest first.
 */
public record GrowthRecord(UUID childId, String childName, Sex sex, LocalDate birthDate,
		List<RecordedMeasurement> measurements) {

	/** The newest measurement, if any. */
	public Optional<RecordedMeasurement> latest() {
		return measurements.isEmpty() ? Optional.empty() : Optional.of(measurements.get(measurements.size() - 1));
	}

	/** The measurements, newest first. */
	public List<RecordedMeasurement> newestFirst() {
		List<RecordedMeasurement> reversed = new ArrayList<>(measurements);
		Collections.reverse(reversed);
		return reversed;
	}
}
