package org.tuoyu.supervision;

import java.util.UUID;

import org.tuoyu.institution.ClassType;

/**
 * A nearby institution that could take one child: a class type fitting the child's age with a
 * place still free after the case's other proposals.
 *
 * @param distanceM straight-line distance from the closing institution's main site
 * @param free places of that class type still free
 */
public record TransferCandidate(UUID institutionId, String name, ClassType classType, int distanceM, int free) {
}
