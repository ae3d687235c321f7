package org.tuoyu.supervision;

import java.time.LocalDate;

/**
 * A credit event a regulator records by hand.
 *
 * @param kind PENALTY, VIOLATION or COMMENDATION
 * @param reason why (required, at most 500 characters)
 * @param documentNumber the decision's document number (文号, required, at most 100 characters)
 * @param occurredOn the day of the decision, not in the future
 */
public record NewCreditEvent(CreditEventKind kind, String reason, String documentNumber, LocalDate occurredOn) {
}
