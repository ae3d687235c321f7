package org.tuoyu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.TuoyuApplication;

/**
 * The application's own PostgreSQL: data survives a restart with durable commits, a second
 * instance on the same data directory is refused with a clear message.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path data;

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TuoyuApplication.class).run("--tuoyu.test.real-embedded=true",
				"--server.port=0", "--tuoyu.database.embedded.data-directory=" + data.resolve("pg"),
				"--tuoyu.admin.password=Embedded2026x", "--tuoyu.region.reference-data=",
				"--logging.file.name=target/test-logs/embedded.json", "--spring.jmx.enabled=false");
	}

	@Test
	void rowsSurviveARestartAndASecondInstanceIsRefused() throws Exception {
		String url;
		try (ConfigurableApplicationContext first = start()) {
			url = first.getBean(EmbeddedDatabaseConfiguration.EmbeddedServer.class).postgres().getJdbcUrl("postgres", "postgres");
			assertThat(first.getBeansOfType(EmbeddedDatabaseConfiguration.EmbeddedServer.class)).hasSize(1);
			first.getBean(JdbcClient.class)
				.sql("INSERT INTO platform_calendar_day (day, kind, note) VALUES (DATE '2031-01-01', 'HOLIDAY', '元旦')")
				.update();
			assertThatThrownBy(this::start).hasRootCauseInstanceOf(DataDirectoryInUseException.class);
		}
		// A clean shutdown stops the server: nothing listens on its port any more.
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT note FROM platform_calendar_day WHERE day = DATE '2031-01-01'")
				.query(String.class)
				.single()).isEqualTo("元旦");
			assertThat(jdbc.sql("SELECT count(*) FROM platform_account WHERE username = 'admin'").query(Long.class).single())
				.isEqualTo(1);
			// durable commits: what is committed survives a crash of the machine
			assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
		}
	}

	@Test
	void aLockedDataDirectoryIsExplainedInChineseAndEnglish() {
		FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer()
			.analyze(new DataDirectoryInUseException(Path.of("data/pg")));
		assertThat(analysis.getDescription()).contains("正被另一个 Tuoyu 实例使用").contains("in use by another Tuoyu instance");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}
}
