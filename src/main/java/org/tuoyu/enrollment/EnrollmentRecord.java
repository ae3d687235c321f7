package org.tuoyu.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.ServiceForm;

/**
 * A child's placement in a class (入托) with its enrollment record: start date, service form, the
 * agreed monthly fee (absent while the institution publishes none for the class) and whether the
 * signed contract is on file. Active until the child leaves or transfers.
 */
public record EnrollmentRecord(UUID id, UUID childId, String childName, UUID institutionId, String institutionName,
		UUID classId, String className, ClassType classType, LocalDate startDate, ServiceForm serviceForm,
		BigDecimal monthlyFee, @JsonIgnore String contractType, OffsetDateTime contractUploadedAt, String status,
		LocalDate endDate, PlacementEnd endReason) {

	/** Whether the signed contract is on file. */
	@JsonProperty
	public boolean hasContract() {
		return contractType != null;
	}

	@JsonProperty
	public boolean active() {
		return "ACTIVE".equals(status);
	}

	/** Whether the placement covers any day from {@code first} to {@code last}. */
	public boolean covers(LocalDate first, LocalDate last) {
		return !startDate.isAfter(last) && (endDate == null || !endDate.isBefore(first));
	}
}
