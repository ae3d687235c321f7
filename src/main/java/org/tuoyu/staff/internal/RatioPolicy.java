package org.tuoyu.staff.internal;

import java.util.List;

import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionRules;
import org.tuoyu.staff.ClassStaffing;
import org.tuoyu.staff.StaffRules;

/**
 * Caregiver ratios and the health-worker rule: a class of planned size s with ratio 1 : n needs
 * ⌈s / n⌉ caregivers; an institution with p places needs ⌈p / 150⌉ health workers (none without
 * places).
 */
public final class RatioPolicy {

	private final StaffRules staffRules;

	private final InstitutionRules institutionRules;

	public RatioPolicy(StaffRules staffRules, InstitutionRules institutionRules) {
		this.staffRules = staffRules;
		this.institutionRules = institutionRules;
	}

	public ClassStaffing classStaffing(CareClass careClass, List<String> caregivers) {
		int perCaregiver = staffRules.childrenPerCaregiver(careClass.type());
		return new ClassStaffing(careClass.id(), careClass.name(), careClass.type(), careClass.capacity(),
				institutionRules.rule(careClass.type()).maxSize(), perCaregiver, caregivers,
				caregiversNeeded(careClass.type(), careClass.capacity()));
	}

	public int healthWorkersNeeded(int places) {
		return ceilDiv(places, staffRules.childrenPerHealthWorker());
	}

	/** Caregivers a class of this type and planned size needs. */
	public int caregiversNeeded(ClassType type, int plannedSize) {
		return ceilDiv(plannedSize, staffRules.childrenPerCaregiver(type));
	}

	static int ceilDiv(int value, int divisor) {
		return value <= 0 ? 0 : (value + divisor - 1) / divisor;
	}
}
