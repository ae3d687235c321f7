package org.tuoyu.shared;

import java.util.Arrays;
import java.util.Objects;

/**
 * Thrown when a raw input cannot be turned into a value type.
 *
 * <p>Carries a message key (resolved against {@code i18n/values*.properties}) and its
 * arguments, so callers can show a translated, user-facing message. {@link #getMessage()}
 * contains only the key and arguments and is meant for logs; it never contains the
 * rejected input.
 */
public class InvalidValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;
	private final Object[] arguments;

	/**
	 * Creates an exception for the given message key.
	 *
	 * @param messageKey key of the translated message, e.g. {@code value.residentId.checksum}
	 * @param arguments  arguments for the message placeholders ({@code {0}}, {@code {1}}, ...)
	 */
	public InvalidValueException(String messageKey, Object... arguments) {
		super(describe(messageKey, arguments));
		this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
		this.arguments = arguments == null ? new Object[0] : arguments.clone();
	}

	/** Returns the key of the translated message. */
	public String messageKey() {
		return messageKey;
	}

	/** Returns a copy of the message arguments; empty when there are none. */
	public Object[] arguments() {
		return arguments.clone();
	}

	private static String describe(String messageKey, Object[] arguments) {
		if (arguments == null || arguments.length == 0) {
			return messageKey;
		}
		return messageKey + " " + Arrays.toString(arguments);
	}
}
