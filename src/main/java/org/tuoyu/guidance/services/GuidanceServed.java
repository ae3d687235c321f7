package org.tuoyu.guidance.services;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A registered child received a guidance service (after the commit): the figures of its street
 * and year change.
 *
 * @param childId the child of the register
 * @param divisionCode the child's street when served
 * @param servedOn the day of the service
 */
public record GuidanceServed(UUID childId, String divisionCode, LocalDate servedOn) {
}
