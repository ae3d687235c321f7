package org.tuoyu.platform.web;

import java.net.URI;

/**
 * Stable problem {@code type} URIs of the JSON API (RFC 9457).
 */
public final class ProblemTypes {

	public static final URI VALIDATION = URI.create("urn:tuoyu:problem:validation");

	public static final URI BUSINESS_RULE = URI.create("urn:tuoyu:problem:business-rule");

	public static final URI NOT_FOUND = URI.create("urn:tuoyu:problem:not-found");

	public static final URI UNAUTHENTICATED = URI.create("urn:tuoyu:problem:unauthenticated");

	public static final URI FORBIDDEN = URI.create("urn:tuoyu:problem:forbidden");

	public static final URI IMPORT_REJECTED = URI.create("urn:tuoyu:problem:import-rejected");

	public static final URI BUSY = URI.create("urn:tuoyu:problem:busy");

	public static final URI TOO_MANY_REQUESTS = URI.create("urn:tuoyu:problem:too-many-requests");

	public static final URI INTERNAL = URI.create("urn:tuoyu:problem:internal");

	private ProblemTypes() {
	}
}
