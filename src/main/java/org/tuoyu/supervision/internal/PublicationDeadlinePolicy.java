package org.tuoyu.supervision.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.supervision.PublicationSettings;

/**
 * A concluded inspection's result is to be published within the configured number of working
 * days of the city's calendar (holidays and adjusted working weekends included), counted from
 * the day after the conclusion.
 */
@Component
public class PublicationDeadlinePolicy {

	private final WorkingDays workingDays;

	private final PublicationSettings settings;

	public PublicationDeadlinePolicy(WorkingDays workingDays, PublicationSettings settings) {
		this.workingDays = workingDays;
		this.settings = settings;
	}

	/** The last day to publish the result of an inspection concluded on {@code concludedOn}. */
	public LocalDate dueOn(LocalDate concludedOn) {
		return workingDays.plusWorkingDays(concludedOn, settings.workingDays());
	}
}
