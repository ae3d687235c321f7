package org.tuoyu.staff;

import java.time.LocalDate;

/**
 * A certificate to record for a person; {@code level} only for 保育师 (5–1), {@code expiresOn}
 * empty for certificates that do not expire; {@code scan} optional (PDF, JPEG or PNG).
 */
public record NewCertificate(CertificateType type, Integer level, String number, String issuer, LocalDate issuedOn,
		LocalDate expiresOn, byte[] scan) {
}
