package org.tuoyu.institution.internal;

import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.DocumentFormat;

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
		return DocumentFormat.detect(content).orElseThrow(() -> new BusinessRuleException("file", "filing.document.type"));
	}
}
