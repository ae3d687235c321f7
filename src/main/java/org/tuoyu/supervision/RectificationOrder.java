package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A rectification order (整改通知) for one finding.
 *
 * @param id the order
 * @param inspectionId the inspection of the finding
 * @param institutionId the institution that must rectify
 * @param institutionName its name
 * @param divisionCode its street-level division
 * @param finding the finding to rectify
 * @param issuedOn the day it was issued
 * @param deadline the last day to rectify
 * @param status where it stands
 * @param answer the institution's latest answer
 * @param answeredOn the day of that answer
 * @param reviewComment the inspector's comment when returning or escalating it
 * @param decidedOn the day it was closed or escalated
 * @param photoIds the evidence photos of the answer
 */
public record RectificationOrder(UUID id, UUID inspectionId, UUID institutionId, String institutionName, String divisionCode,
		Finding finding, LocalDate issuedOn, LocalDate deadline, RectificationStatus status, String answer,
		LocalDate answeredOn, String reviewComment, LocalDate decidedOn, List<UUID> photoIds) {

	public RectificationOrder {
		photoIds = List.copyOf(photoIds);
	}

	/** Whether it is not rectified (open or still unanswered) after its deadline. */
	public boolean overdueOn(LocalDate today) {
		return status == RectificationStatus.OPEN && today.isAfter(deadline);
	}
}
