package org.tuoyu.platform.account;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.security.SecurityRules;

/**
 * What a password must be: long enough, letters and digits, not the username.
 */
@Component
public class PasswordPolicy {

	private final int minimumLength;

	public PasswordPolicy(SecurityRules rules) {
		this.minimumLength = rules.passwordMinLength();
	}

	/** Rejects a weak password with a specific reason on the given form field. */
	public void check(String field, String username, String password) {
		if (password == null || password.length() < minimumLength) {
			throw new BusinessRuleException(field, "password.tooShort", minimumLength);
		}
		if (password.length() > 128) {
			throw new BusinessRuleException(field, "password.tooLong", 128);
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			throw new BusinessRuleException(field, "password.needsLettersAndDigits");
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new BusinessRuleException(field, "password.containsUsername");
		}
	}
}
