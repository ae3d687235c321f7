package org.tuoyu.staff;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded certificate with its status on the day it was read. */
public record Certificate(UUID id, CertificateType type, Integer level, String number, String issuer,
		LocalDate issuedOn, LocalDate expiresOn, boolean hasScan, CertificateStatus status) {
}
