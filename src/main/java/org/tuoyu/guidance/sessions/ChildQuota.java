package org.tuoyu.guidance.sessions;

import java.util.UUID;

import org.tuoyu.guidance.services.Quota;

/**
 * A family's child and its free sessions this year.
 *
 * @param familyChildId the child in the family's record
 * @param name the child's name
 * @param quota the free sessions attended against the quota; {@code null} until the child joins the register
 */
public record ChildQuota(UUID familyChildId, String name, Quota quota) {
}
