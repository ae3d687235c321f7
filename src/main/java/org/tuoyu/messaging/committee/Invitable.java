package org.tuoyu.messaging.committee;

import java.util.List;
import java.util.UUID;

/** A guardian of children placed at the institution, whom it may invite to its committee. */
public record Invitable(UUID accountId, String name, List<String> childNames) {
}
