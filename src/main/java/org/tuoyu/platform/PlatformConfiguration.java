package org.tuoyu.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Beans shared by the whole application; scheduled jobs (e.g. certificate expiry alerts) are on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

	/** The city's clock: Asia/Shanghai, replaceable in tests. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}
}
