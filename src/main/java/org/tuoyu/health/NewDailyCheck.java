package org.tuoyu.health;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * A morning or noon check to record for today.
 *
 * @param childId a child placed at the user's institution
 * @param session morning or noon
 * @param temperature in °C, 35.0–42.0 with one decimal
 * @param symptoms the symptoms seen (none when healthy); FEVER is added from the temperature
 * @param note required with OTHER, at most 200 characters
 * @param outcome attend, observe or sent home
 */
public record NewDailyCheck(UUID childId, CheckSession session, BigDecimal temperature, Set<Symptom> symptoms,
		String note, CheckOutcome outcome) {
}
