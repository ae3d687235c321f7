package org.tuoyu.platform;

/**
 * A command broke a business rule. Carries a message key and arguments so the user sees a
 * specific, translated reason; answered as 422 on the API and as a form error on pages.
 */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public BusinessRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/**
	 * Parses a typed value (an ID, a phone number…); an invalid one becomes a broken rule on the
	 * field, with the value type's own message.
	 */
	public static <T> T onField(String field, java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (org.tuoyu.shared.InvalidValueException ex) {
			throw new BusinessRuleException(field, ex.messageKey(), ex.arguments());
		}
	}

	/** The form field the rule concerns, or {@code null} for the whole command. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
