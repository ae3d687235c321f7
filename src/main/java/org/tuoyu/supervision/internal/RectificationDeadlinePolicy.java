package org.tuoyu.supervision.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.supervision.FindingSeverity;
import org.tuoyu.supervision.InspectionSettings;

/** A rectification order's deadline: working days by severity after the day it is issued. */
@Component
public class RectificationDeadlinePolicy {

	private final WorkingDays workingDays;

	private final InspectionSettings settings;

	public RectificationDeadlinePolicy(WorkingDays workingDays, InspectionSettings settings) {
		this.workingDays = workingDays;
		this.settings = settings;
	}

	/** The last day to rectify a finding of a severity whose order is issued on {@code issuedOn}. */
	public LocalDate deadline(LocalDate issuedOn, FindingSeverity severity) {
		return workingDays.plusWorkingDays(issuedOn, settings.rectification().workingDays(severity));
	}
}
