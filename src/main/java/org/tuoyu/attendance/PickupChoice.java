package org.tuoyu.attendance;

import java.util.UUID;

/**
 * Someone a child may be handed to: a guardian (relation is a message key) or an authorised
 * pick-up person (relation as the guardian wrote it).
 */
public record PickupChoice(UUID id, String name, String relation, boolean guardian) {
}
