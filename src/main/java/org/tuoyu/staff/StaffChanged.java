package org.tuoyu.staff;

import java.util.UUID;

/** A person was hired, left, or got a certificate at an institution: its staff figures changed. */
public record StaffChanged(UUID personId, UUID institutionId) {
}
