package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published inspection result (一公开): no personal data, only the institution, the day, the
 * outcome, the findings by dimension and severity, and how far rectification has got.
 *
 * @param inspectionId the inspection
 * @param institutionId the institution
 * @param institutionName its name
 * @param divisionCode its street-level division
 * @param inspectedOn the day the inspection was concluded
 * @param outcome the overall result
 * @param minorFindings the number of minor findings
 * @param seriousFindings the number of serious findings
 * @param publishedOn the day it was published
 * @param byDimension findings per dimension (only dimensions with findings)
 * @param orders rectification orders issued
 * @param ordersClosed orders rectified and closed
 * @param ordersEscalated orders escalated
 */
public record PublishedInspection(UUID inspectionId, UUID institutionId, String institutionName, String divisionCode,
		LocalDate inspectedOn, InspectionOutcome outcome, int minorFindings, int seriousFindings, LocalDate publishedOn,
		List<DimensionFindings> byDimension, int orders, int ordersClosed, int ordersEscalated) {

	public PublishedInspection {
		byDimension = List.copyOf(byDimension);
	}

	/**
	 * Findings of one dimension.
	 * @param dimension the dimension
	 * @param minor minor findings
	 * @param serious serious findings
	 */
	public record DimensionFindings(ChecklistDimension dimension, int minor, int serious) {
	}
}
