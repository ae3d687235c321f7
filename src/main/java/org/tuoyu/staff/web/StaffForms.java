package org.tuoyu.staff.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.Education;
import org.tuoyu.staff.NewBan;
import org.tuoyu.staff.NewCertificate;
import org.tuoyu.staff.NewHire;
import org.tuoyu.staff.NewTraining;
import org.tuoyu.staff.StaffRole;

/** Form records of the staff pages. */
final class StaffForms {

	private StaffForms() {
	}

	record HireForm(String name, String residentId, String phone, StaffRole role,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn) {

		NewHire command() {
			return new NewHire(name, residentId, phone, role, startedOn);
		}
	}

	record CertificateForm(CertificateType type, Integer level, String number, String issuer,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

		NewCertificate command(byte[] scan) {
			return new NewCertificate(type, level, number, issuer, issuedOn, expiresOn, scan);
		}
	}

	record AssignForm(UUID classId) {
	}

	/** The sign-in account a staff member uses; none unlinks. */
	record AccountForm(UUID accountId) {
	}

	/** A new sign-in account for a staff member: the user name and the initial password handed over. */
	record NewAccountForm(String username, String password) {
	}

	record TrainingForm(String course, String provider, BigDecimal hours,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn) {

		NewTraining command() {
			return new NewTraining(course, provider, hours, takenOn);
		}
	}

	record QualificationsForm(Education education, Integer experienceSince) {
	}

	record EndForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn) {
	}

	record CheckForm(String residentId) {
	}

	/**
	 * A ban; {@code managers} holds one direct manager per line as "name ID-number".
	 */
	record BanForm(String name, String residentId, String reason, String decisionDocument,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, String managers) {

		NewBan command() {
			List<NewBan.BannedManager> list = new ArrayList<>();
			if (managers != null) {
				for (String line : managers.split("\\R")) {
					String trimmed = line.trim();
					if (trimmed.isEmpty()) {
						continue;
					}
					int space = trimmed.lastIndexOf(' ');
					list.add(space < 0 ? new NewBan.BannedManager("", trimmed)
							: new NewBan.BannedManager(trimmed.substring(0, space).trim(), trimmed.substring(space + 1)));
				}
			}
			return new NewBan(name, residentId, reason, decisionDocument, decidedOn, until, list);
		}
	}
}
