package org.tuoyu.family;

import java.time.LocalDate;

import org.tuoyu.shared.Sex;

/** A child to add: the resident ID is optional but, when given, must agree with birth date and sex. */
public record NewChild(String name, Sex sex, LocalDate birthDate, String residentId, Relation relation) {
}
