package org.tuoyu.attendance.internal;

import org.tuoyu.attendance.LiveRatio;
import org.tuoyu.institution.ClassType;
import org.tuoyu.staff.StaffRules;

/**
 * The live ratio of a class: the children and caregivers checked in now against the class type's
 * rule 1 : n (the staffing rules). Children with no caregiver present at all are a breach too.
 */
public final class LiveRatioPolicy {

	private final StaffRules rules;

	public LiveRatioPolicy(StaffRules rules) {
		this.rules = rules;
	}

	public LiveRatio of(ClassType type, int children, int caregivers) {
		return new LiveRatio(children, caregivers, rules.childrenPerCaregiver(type));
	}
}
