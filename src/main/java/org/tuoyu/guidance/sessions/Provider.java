package org.tuoyu.guidance.sessions;

import java.util.UUID;

/**
 * A guidance provider (育儿指导机构).
 *
 * @param id the provider
 * @param name its registered name
 * @param kind what it is
 * @param creditCode its unified social credit code
 * @param contactName whom to contact
 * @param contactPhone the organisation's contact number
 * @param divisionCode its home county or street
 * @param divisionName the home division's name
 */
public record Provider(UUID id, String name, ProviderKind kind, String creditCode, String contactName,
		String contactPhone, String divisionCode, String divisionName) {
}
