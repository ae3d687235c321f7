package org.tuoyu.family;

import java.util.UUID;

/** A person authorised to collect the child. */
public record Pickup(UUID id, String name, String relation, String phoneMasked) {
}
