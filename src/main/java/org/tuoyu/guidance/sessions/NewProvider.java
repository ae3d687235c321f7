package org.tuoyu.guidance.sessions;

/**
 * A guidance provider to register.
 *
 * @param name its registered name (2–100 characters)
 * @param kind what it is
 * @param creditCode its unified social credit code (checked)
 * @param contactName whom to contact
 * @param contactPhone the organisation's contact number
 * @param divisionCode its home county (6 digits) or street (9), inside the administrator's area
 */
public record NewProvider(String name, ProviderKind kind, String creditCode, String contactName, String contactPhone,
		String divisionCode) {
}
