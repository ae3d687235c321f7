package org.tuoyu.health;

import java.time.LocalDate;
import java.util.UUID;

/** One child seen with a signal's symptom on one day. */
public record OutbreakCase(UUID childId, String childName, LocalDate day) {
}
