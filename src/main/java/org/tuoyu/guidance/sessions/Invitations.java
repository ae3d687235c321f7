package org.tuoyu.guidance.sessions;

import java.util.List;

/**
 * The outcome of inviting children below their quota.
 *
 * @param invited the children whose guardians were told in their inbox
 * @param notReachable the children whose guardians are not on the platform (to be reached otherwise)
 */
public record Invitations(List<String> invited, List<String> notReachable) {
}
