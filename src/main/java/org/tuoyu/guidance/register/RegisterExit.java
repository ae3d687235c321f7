package org.tuoyu.guidance.register;

import java.time.LocalDate;

/**
 * An officer takes a child out of the register's denominator.
 *
 * @param status {@link RegisterStatus#MOVED_AWAY}, {@link RegisterStatus#DECEASED} or {@link RegisterStatus#DUPLICATE}
 * @param reason why, in words (required)
 * @param date the day it happened (not after today)
 */
public record RegisterExit(RegisterStatus status, String reason, LocalDate date) {
}
