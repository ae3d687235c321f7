package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

import org.tuoyu.institution.ClassType;

/**
 * One enrolled child of a closing institution and the proposed new place.
 *
 * @param childName the child's name, masked (first character only)
 * @param ageMonths the child's age in whole months on the planned closing day
 * @param classType the child's current class type
 * @param proposedInstitutionId the proposed nearby institution, or {@code null} when none has room
 * @param proposedClassType the class type with a free place there
 * @param proposedDistanceM the straight-line distance from the closing institution's main site
 * @param placedInstitutionId where the child took up a place, once placed
 * @param resolvedOn the day the child was placed or withdrawn
 * @param note the regulator's note (e.g. why withdrawn)
 */
public record Transfer(UUID id, UUID childId, String childName, int ageMonths, ClassType classType,
		UUID proposedInstitutionId, String proposedInstitution, ClassType proposedClassType, Integer proposedDistanceM,
		TransferStatus status, UUID placedInstitutionId, LocalDate resolvedOn, String note) {

	/** A name shown to regulators: the first character, the rest hidden. */
	public static String mask(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}
}
