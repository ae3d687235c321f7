package org.tuoyu.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL server the application starts itself when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port TCP port on loopback; 0 picks a free one
 */
@ConfigurationProperties("tuoyu.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") Path dataDirectory, @DefaultValue("0") int port) {
}
