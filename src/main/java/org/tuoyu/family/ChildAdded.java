package org.tuoyu.family;

import java.util.UUID;

/**
 * A guardian added a child (after the commit). Other modules holding their own records of the same
 * child (the guidance register) match it by the resident ID's blind index, never the number.
 *
 * @param childId the new child
 * @param residentIdIndex the blind index of its resident ID under {@link FamilyManagement#CHILD_RESIDENT_ID},
 *        or {@code null} when the guardian gave none
 */
public record ChildAdded(UUID childId, byte[] residentIdIndex) {
}
