package org.tuoyu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.test.TuoyuTest;

/**
 * With {@code spring.datasource.url} set (as every test context does, pointing at the test
 * server), the application starts no PostgreSQL of its own and Flyway migrates the external one.
 */
@TuoyuTest
class ExternalDatabaseTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nothingEmbeddedStartsWhenADatasourceUrlIsConfigured() {
		assertThat(context.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://");
		assertThat(context.getBeansOfType(EmbeddedDatabaseConfiguration.EmbeddedServer.class)).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
			.isGreaterThanOrEqualTo(5);
		assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("17.");
	}
}
