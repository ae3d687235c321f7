package org.tuoyu.messaging.daily;

import java.util.UUID;

/** A class the user records the daily report of, with its children placed now. */
public record DailyClass(UUID id, String name, int children) {
}
