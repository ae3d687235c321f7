package org.tuoyu.guidance.sessions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A home-cared child of the register behind the pace of the free quota by the end of a month.
 *
 * @param childId the child of the register
 * @param name the child's name
 * @param birthDate the child's birth date
 * @param homeCode the child's community (or street, when the community is not known)
 * @param homeName that division's name
 * @param attended free sessions attended from January to the end of the month
 * @param expected free sessions due by the end of the month
 * @param reachable whether the child's guardians use the platform (an inbox to invite them)
 * @param lastInvited when the child's family was last invited, if ever
 */
public record ShortfallChild(UUID childId, String name, LocalDate birthDate, String homeCode, String homeName,
		int attended, int expected, boolean reachable, OffsetDateTime lastInvited) {
}
