package org.tuoyu.platform.time;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The city's zone applied to database sessions and to the times pages show. */
@Configuration(proxyBeanMethods = false)
class CityTimeConfiguration {

	@Bean
	static DatabaseSessionZone databaseSessionZone(ObjectProvider<CityTimeSettings> settings) {
		return new DatabaseSessionZone(settings);
	}
}
