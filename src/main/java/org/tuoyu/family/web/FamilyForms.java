package org.tuoyu.family.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.tuoyu.family.NewChild;
import org.tuoyu.family.Relation;
import org.tuoyu.shared.Sex;

/** Form records of the family pages. */
final class FamilyForms {

	private FamilyForms() {
	}

	record RegistrationForm(String phone, String displayName, String password, String confirmPassword) {
	}

	record ChildForm(String name, Sex sex, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			String residentId, Relation relation) {

		NewChild command() {
			return new NewChild(name, sex, birthDate, residentId, relation);
		}
	}

	record PickupForm(String name, String relation, String phone) {
	}

	record InviteForm(String phone, Relation relation) {
	}
}
