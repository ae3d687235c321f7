package org.tuoyu.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tuoyu.institution.ClassType;

/** A class's day: its children with their status, its caregivers, and the live ratio. */
public record ClassDay(UUID classId, String className, ClassType classType, UUID institutionId, LocalDate day,
		List<ChildToday> children, List<CaregiverToday> caregivers, LiveRatio ratio) {

	public long count(ChildStatus status) {
		return children.stream().filter(c -> c.status() == status).count();
	}
}
