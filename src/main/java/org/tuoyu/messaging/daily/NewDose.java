package org.tuoyu.messaging.daily;

import java.time.LocalDateTime;

/** A dose given against a medicine request: when, in the city's time (now when absent), and a note. */
public record NewDose(LocalDateTime at, String note) {
}
