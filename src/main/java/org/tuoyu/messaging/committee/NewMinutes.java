package org.tuoyu.messaging.committee;

import java.time.LocalDate;

/** Minutes as the institution records them: the meeting's day (not ahead), a title, the attendees and the text. */
public record NewMinutes(LocalDate metOn, String title, String attendees, String text) {
}
