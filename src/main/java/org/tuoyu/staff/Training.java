package org.tuoyu.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A training course a person attended. */
public record Training(UUID id, String course, String provider, BigDecimal hours, LocalDate takenOn) {
}
