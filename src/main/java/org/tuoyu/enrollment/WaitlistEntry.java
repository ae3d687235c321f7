package org.tuoyu.enrollment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.tuoyu.institution.ClassType;

/** One application in an institution's waitlist for a class type, in line order. */
public record WaitlistEntry(int position, UUID applicationId, String childName, int ageMonthsAtStart,
		LocalDate desiredStart, ClassType classType, int choiceRank, int score, List<PriorityReason> reasons,
		OffsetDateTime appliedAt) {
}
