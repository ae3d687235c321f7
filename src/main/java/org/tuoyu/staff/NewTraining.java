package org.tuoyu.staff;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training to record: course, provider, hours (up to one decimal) and the day it ended. */
public record NewTraining(String course, String provider, BigDecimal hours, LocalDate takenOn) {
}
