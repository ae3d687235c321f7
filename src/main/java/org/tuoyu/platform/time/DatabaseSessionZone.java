package org.tuoyu.platform.time;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Puts every pooled database session on the city's time zone: the driver would otherwise open
 * it in the JVM's default zone, and SQL would cut days at another midnight than Java.
 */
class DatabaseSessionZone implements BeanPostProcessor {

	private final ObjectProvider<CityTimeSettings> settings;

	DatabaseSessionZone(ObjectProvider<CityTimeSettings> settings) {
		this.settings = settings;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			pool.setConnectionInitSql(withZone(settings.getObject(), pool.getConnectionInitSql()));
		}
		return bean;
	}

	/** The pool's initial SQL with the city's zone set first. */
	static String withZone(CityTimeSettings city, String initSql) {
		String zone = city.sessionStatement();
		return initSql == null || initSql.isBlank() ? zone : zone + "; " + initSql;
	}
}
