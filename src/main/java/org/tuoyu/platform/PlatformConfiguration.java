package org.tuoyu.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tuoyu.platform.time.CityTimeSettings;

/**
 * Beans shared by the whole application; scheduled jobs (e.g. certificate expiry alerts) are on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

	/**
	 * The city's clock, the one source of "today" and "now" for Java code (and, as parameters,
	 * for SQL); its zone is {@code tuoyu.city.time-zone}. Tests replace it with a controlled one.
	 */
	@Bean
	Clock clock(CityTimeSettings city) {
		return Clock.system(city.timeZone());
	}
}
