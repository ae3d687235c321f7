package org.tuoyu.institution;

import java.util.UUID;

/**
 * A filing version was filed: the institution is now filed, unchanged (a change) or closed.
 */
public record InstitutionFiled(UUID institutionId, String divisionCode, String status) {
}
