package org.tuoyu.staff.internal;

import java.util.Optional;

import org.tuoyu.platform.Role;
import org.tuoyu.staff.StaffRole;

/**
 * Which sign-in role a staff member's account gets from what the person does: caregivers and
 * teachers work with a class's children and families (班级、一日生活记录、家园沟通), health workers
 * with checks and allergies; the head signs in as the institution's administrator, created with the
 * institution; security, kitchen and other staff do not sign in.
 */
public final class SignInRolePolicy {

	private SignInRolePolicy() {
	}

	public static Optional<Role> roleFor(StaffRole staffRole) {
		return switch (staffRole) {
			case CAREGIVER, TEACHER -> Optional.of(Role.CAREGIVER);
			case HEALTH_WORKER -> Optional.of(Role.HEALTH_WORKER);
			case HEAD, SECURITY, COOK, OTHER -> Optional.empty();
		};
	}
}
