package org.tuoyu.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One real embedded PostgreSQL per test JVM and a fresh database for every application context:
 * sets {@code spring.datasource.url} so the application's own embedded server does not start.
 * A test that sets {@code tuoyu.test.real-embedded=true} gets the application's embedded server.
 */
public class TestDatabases implements EnvironmentPostProcessor {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("tuoyu.test.real-embedded", Boolean.class, false)) {
			return;
		}
		String database = "tuoyu_test_" + COUNTER.incrementAndGet();
		EmbeddedPostgres postgres = server();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database", ex);
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", database));
		properties.put("spring.datasource.username", "postgres");
		if (!environment.containsProperty("spring.datasource.hikari.maximum-pool-size")) {
			properties.put("spring.datasource.hikari.maximum-pool-size", "6");
		}
		// Scheduled jobs run only when a test calls them (or when a benchmark sets their schedule).
		for (String cron : List.of("tuoyu.staff.expiry-alert-cron", "tuoyu.staff.import-purge-cron",
				"tuoyu.enrollment.offer-expiry-cron", "tuoyu.enrollment.voucher-expiry-cron", "tuoyu.audit.chain-cron",
				"tuoyu.health.immunisation-reminder-cron", "tuoyu.attendance.ratio-cron",
				"tuoyu.guidance.register-age-out-cron", "tuoyu.guidance.register-import-purge-cron",
				"tuoyu.guidance.sessions.reminder-cron", "tuoyu.messaging.conversations.release-cron",
				"tuoyu.messaging.daily.summary-cron")) {
			if (!environment.containsProperty(cron)) {
				properties.put(cron, "-");
			}
		}
		// A fixed test key; the embedded default would write a key file.
		properties.put("tuoyu.data-key", "dHVveS10ZXN0LWtleS0zMi1ieXRlcy1sb25nLi4uLi4=");
		if (!environment.containsProperty("tuoyu.database.public-reads.pool-size")) {
			properties.put("tuoyu.database.public-reads.pool-size", "2");
		}
		// Contexts close in JVM shutdown hooks, possibly after the server stopped: fail fast then.
		properties.put("spring.datasource.hikari.connection-timeout", "2000");
		properties.put("logging.file.name", "target/test-logs/tuoyu.json");
		properties.put("tuoyu.guidance.courses.media-directory", "target/test-media");
		properties.put("tuoyu.messaging.files.directory", "target/test-files");
		environment.getPropertySources().addFirst(new MapPropertySource("tuoyuTestDatabase", properties));
	}

	/** The JVM-wide server, started on first use and stopped when the JVM exits. */
	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				Path directory = Files.createTempDirectory("tuoyu-test-pg");
				server = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(true)
					.setServerConfig("max_connections", "300")
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("timezone", "Asia/Shanghai")
					.start();
				EmbeddedPostgres started = server;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						started.close();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}
}
