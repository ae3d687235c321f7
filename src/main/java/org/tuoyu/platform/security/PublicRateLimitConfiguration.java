package org.tuoyu.platform.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers the per-client limit on anonymous calculator (and later complaint) requests right
 * after the public traffic bulkhead and before security, so a refused request costs nothing more.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimitConfiguration {

	@Bean
	FilterRegistrationBean<PublicRateLimit> publicRateLimit(PublicRateSettings settings, ProblemResponses problems,
			MeterRegistry meters) {
		FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(
				new PublicRateLimit(settings, problems, meters, Ticker.systemTicker()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}
}
