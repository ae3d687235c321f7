package org.tuoyu.family;

import java.util.UUID;

/** A guardian of a child, as the other guardians see them (the phone masked). */
public record Guardian(UUID accountId, String displayName, String phoneMasked, Relation relation) {
}
