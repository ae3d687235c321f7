package org.tuoyu.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans shared by the whole application.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** The city's clock: Asia/Shanghai, replaceable in tests. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}
}
