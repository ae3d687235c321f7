package org.tuoyu.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configurable security rules.
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockoutDuration how long a locked account stays locked
 * @param passwordMinLength the shortest accepted password
 */
@ConfigurationProperties("tuoyu.security")
public record SecurityRules(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("10") int passwordMinLength) {
}
