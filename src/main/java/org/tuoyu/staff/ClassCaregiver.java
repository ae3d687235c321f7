package org.tuoyu.staff;

import java.util.UUID;

/** A caregiver assigned to a class, as the class's daily page needs them. */
public record ClassCaregiver(UUID personId, String name) {
}
