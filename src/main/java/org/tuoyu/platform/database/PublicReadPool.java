package org.tuoyu.platform.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.PublicReads;
import org.tuoyu.platform.time.CityTimeSettings;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The pool behind {@link PublicReads}: same server and credentials as the main pool, at most
 * {@code tuoyu.database.public-reads.pool-size} connections, opened on demand. Each connection is
 * read-only, stops statements after the configured timeout and always uses generic plans: the
 * public statements are few, short and run thousands of times, so planning them once per
 * connection instead of once per search is most of their database cost. Sessions run in the
 * city's time zone, as the main pool's do.
 */
@Component
class PublicReadPool implements PublicReads, DisposableBean {

	private final HikariDataSource pool;

	private final JdbcClient jdbc;

	PublicReadPool(DataSource main, PublicReadSettings settings, CityTimeSettings city) throws java.sql.SQLException {
		HikariConfig config = new HikariConfig();
		HikariDataSource source = main.unwrap(HikariDataSource.class);
		config.setJdbcUrl(source.getJdbcUrl());
		config.setUsername(source.getUsername());
		config.setPassword(source.getPassword());
		config.setPoolName("tuoyu-public-reads");
		config.setMaximumPoolSize(settings.poolSize());
		config.setMinimumIdle(0);
		config.setIdleTimeout(60_000);
		config.setConnectionTimeout(settings.connectionTimeout().toMillis());
		config.setConnectionInitSql(city.sessionStatement() + "; SET default_transaction_read_only = on; SET plan_cache_mode = force_generic_plan; "
				+ "SET statement_timeout = "
				+ settings.statementTimeout().toMillis());
		this.pool = new HikariDataSource(config);
		this.jdbc = JdbcClient.create(pool);
	}

	@Override
	public JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	public void destroy() {
		pool.close();
	}
}
