package org.tuoyu.shared;

import java.util.Optional;

/**
 * Recognises uploaded documents from their first bytes, never from their name: PDF, JPEG and PNG,
 * the formats accepted for scans of licences and certificates.
 */
public final class DocumentFormat {

	private DocumentFormat() {
	}

	/** The content type the bytes really are, if one of the accepted formats. */
	public static Optional<String> detect(byte[] b) {
		if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
			return Optional.of("application/pdf");
		}
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}
}
