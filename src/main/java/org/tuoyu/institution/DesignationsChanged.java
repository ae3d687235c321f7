package org.tuoyu.institution;

import java.util.UUID;

/** A regulator set an institution's inclusive (普惠) approval or demonstration level. */
public record DesignationsChanged(UUID institutionId, String divisionCode) {
}
