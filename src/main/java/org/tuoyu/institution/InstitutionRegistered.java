package org.tuoyu.institution;

import java.util.UUID;

/**
 * An institution was entered into the registry.
 */
public record InstitutionRegistered(UUID institutionId, String divisionCode) {
}
