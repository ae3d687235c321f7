package org.tuoyu.institution.internal;

import java.util.Optional;

import org.tuoyu.platform.BusinessRuleException;

/**
 * What a filing document may be: PDF, JPEG or PNG as recognised from the first bytes of its
 * content (never from its name), not empty and not above the size limit.
 */
public final class DocumentContentPolicy {

	private DocumentContentPolicy() {
	}

	/** The content type the bytes really are. */
	public static String check(byte[] content, long maxBytes) {
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "filing.document.empty");
		}
		if (content.length > maxBytes) {
			throw new BusinessRuleException("file", "filing.document.tooLarge", maxBytes / (1024 * 1024));
		}
		return sniff(content).orElseThrow(() -> new BusinessRuleException("file", "filing.document.type"));
	}

	static Optional<String> sniff(byte[] b) {
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
