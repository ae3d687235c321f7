package org.tuoyu.institution;

import java.util.UUID;

/**
 * An institution's classes changed, and with them its places.
 */
public record PlacesChanged(UUID institutionId, String divisionCode, int places) {
}
