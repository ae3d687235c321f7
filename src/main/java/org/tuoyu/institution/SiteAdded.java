package org.tuoyu.institution;

import java.util.UUID;

/** An institution added a site (a community service point under its licence). */
public record SiteAdded(UUID institutionId, String divisionCode) {
}
