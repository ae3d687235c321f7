package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An inspection was concluded with an overall result; credit reacts to it.
 *
 * @param inspectionId the inspection
 * @param institutionId the inspected institution
 * @param divisionCode the institution's street-level division
 * @param outcome the overall result
 * @param minorFindings findings of minor severity
 * @param seriousFindings findings of serious severity
 * @param concludedOn the day the inspector concluded it
 */
public record InspectionConcluded(UUID inspectionId, UUID institutionId, String divisionCode, InspectionOutcome outcome,
		int minorFindings, int seriousFindings, LocalDate concludedOn) {
}
