package org.tuoyu.health;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's immunisation status as entered at admission: the status, the vaccines to catch up and
 * by when (when catch-up is needed), the day the certificate was checked and the certificate
 * (预防接种证; PDF, JPEG or PNG).
 */
public record NewImmunisation(UUID childId, ImmunisationStatus status, String vaccines, LocalDate catchUpDue,
		LocalDate recordedOn, byte[] certificate) {

	/** The same status with a certificate attached. */
	public NewImmunisation withCertificate(byte[] content) {
		return new NewImmunisation(childId, status, vaccines, catchUpDue, recordedOn, content);
	}
}
