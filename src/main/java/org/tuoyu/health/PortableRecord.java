package org.tuoyu.health;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.tuoyu.shared.Sex;

/**
 * A child's health record as it leaves the platform (format {@value #FORMAT}): who the child is,
 * where they are placed now, every growth measurement with its WHO z-scores, the admission and
 * periodic examinations and the immunisation status. The JSON form is for other systems; the PDF
 * form, with the same content, for people.
 *
 * @param format the format's name and version
 * @param generatedAt when it was made
 * @param placedAt the institution where the child is placed now, or null
 * @param standard the growth standard the z-scores refer to
 */
public record PortableRecord(String format, OffsetDateTime generatedAt, UUID childId, String childName, Sex sex,
		LocalDate birthDate, String placedAt, String standard, List<RecordedMeasurement> measurements,
		List<Examination> examinations, Immunisation immunisation) {

	/** The format's name and version. */
	public static final String FORMAT = "tuoyu.child-health-record/1";
}
