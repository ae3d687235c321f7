package org.tuoyu.family;

import java.time.LocalDate;
import java.util.UUID;

import org.tuoyu.shared.Sex;

/**
 * What another module needs to know about a child to evaluate it (e.g. its growth against a
 * standard by sex and age): no identity numbers, guardians or contacts.
 */
public record ChildFacts(UUID id, String name, Sex sex, LocalDate birthDate) {
}
