package org.tuoyu.institution;

import java.util.UUID;

/**
 * A class (班级) at a site, with its type and capacity in places.
 */
public record CareClass(UUID id, UUID institutionId, UUID siteId, String name, ClassType type, int capacity) {
}
