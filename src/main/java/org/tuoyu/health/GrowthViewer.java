package org.tuoyu.health;

import java.time.OffsetDateTime;

import org.tuoyu.platform.Role;

/**
 * Someone who looked at a child's growth record, as the guardians see it (谁查看了记录).
 *
 * @param viewedAt when, in the city's zone
 * @param name the person's name for institution staff and guardians; {@code null} for officers,
 *        who are shown by role and unit
 * @param role the viewer's role ({@code null}: the system)
 * @param unit the institution's name for staff, the division's name for officers, else {@code null}
 */
public record GrowthViewer(OffsetDateTime viewedAt, String name, Role role, String unit) {
}
