package org.tuoyu.supervision;

/**
 * A client sent more complaints (or tracking lookups) than the abuse limit allows; answered 429.
 */
public class ComplaintLimitExceededException extends RuntimeException {

	private final long retryAfterSeconds;

	public ComplaintLimitExceededException(long retryAfterSeconds) {
		super("Too many complaint requests from this client");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** Seconds until the client's window ends. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
