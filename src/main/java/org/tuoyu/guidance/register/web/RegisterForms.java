package org.tuoyu.guidance.register.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.tuoyu.guidance.register.GuardianCorrection;
import org.tuoyu.guidance.register.NewRegisterChild;
import org.tuoyu.guidance.register.RegisterExit;
import org.tuoyu.guidance.register.RegisterFilter;
import org.tuoyu.guidance.register.RegisterOrigin;
import org.tuoyu.guidance.register.RegisterStatus;
import org.tuoyu.shared.Sex;

/** The forms of the register's pages, bound from requests and turned into the facade's commands. */
final class RegisterForms {

	private RegisterForms() {
	}

	/** The list's filters, all optional. */
	record FilterForm(String area, String name, RegisterStatus status, Integer page) {

		RegisterFilter filter() {
			return new RegisterFilter(area, name, status, page);
		}

		/** The same filters on another page. */
		FilterForm onPage(int other) {
			return new FilterForm(area, name, status, other);
		}

		/** The same filters in another area, from its first page. */
		FilterForm inArea(String other) {
			return new FilterForm(other, name, status, null);
		}
	}

	/** A child entered by hand. */
	record ChildForm(String name, Sex sex, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			String residentId, String communityCode, String guardianName, String guardianPhone, RegisterOrigin origin) {

		static ChildForm empty() {
			return new ChildForm(null, null, null, null, null, null, null, null);
		}

		NewRegisterChild child() {
			return new NewRegisterChild(name, sex, birthDate, residentId, communityCode, guardianName, guardianPhone, origin);
		}
	}

	/** A child taken out of the register. */
	record ExitForm(RegisterStatus status, String reason, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

		RegisterExit exit() {
			return new RegisterExit(status, reason, date);
		}
	}

	/** A guardian's correction of one entry. */
	record CorrectionForm(String street, String communityCode, String guardianName, String guardianPhone) {

		GuardianCorrection correction() {
			return new GuardianCorrection(communityCode, guardianName, guardianPhone);
		}
	}
}
