package org.tuoyu.platform.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public read pool.
 *
 * @param poolSize most connections for public traffic
 * @param connectionTimeout how long a request waits for a free connection
 * @param statementTimeout longest a public statement may run
 */
@ConfigurationProperties("tuoyu.database.public-reads")
public record PublicReadSettings(@DefaultValue("8") int poolSize, @DefaultValue("2s") Duration connectionTimeout,
		@DefaultValue("5s") Duration statementTimeout) {
}
