package org.tuoyu.institution;

import java.util.UUID;

/**
 * A class to open at one of the institution's sites.
 */
public record NewClass(UUID siteId, String name, ClassType type, Integer capacity) {
}
