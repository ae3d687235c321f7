package org.tuoyu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The per-client limit with a low configured limit and a clock the test moves. */
class PublicRateLimitTests {

	final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final PublicRateLimit limit = new PublicRateLimit(
			new PublicRateSettings(3, Duration.ofMinutes(1), List.of("/api/v1/growth/z-scores", "/complaints/**"), 1000),
			problems(), meters, nanos::get);

	static ProblemResponses problems() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ProblemResponses(messages, JsonMapper.builder().build(), new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE));
	}

	MockHttpServletResponse send(String path, String address) throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicInteger served = new AtomicInteger();
		limit.doFilter(request, response, (req, res) -> served.incrementAndGet());
		if (served.get() == 1) {
			response.setStatus(200);
		}
		return response;
	}

	@Test
	void beyondTheLimitAClientIsToldWhenToComeBack() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("/api/v1/growth/z-scores", "192.0.2.1").getStatus()).isEqualTo(200);
		}
		nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));
		MockHttpServletResponse refused = send("/api/v1/growth/z-scores", "192.0.2.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("40");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("\"type\":\"urn:tuoyu:problem:too-many-requests\"")
			.contains("请求过于频繁，请在40秒后再试")
			.contains("\"status\":429");
		assertThat(meters.counter("tuoyu.public.rate.rejected").count()).isEqualTo(1);
		// another client is not affected
		assertThat(send("/api/v1/growth/z-scores", "192.0.2.2").getStatus()).isEqualTo(200);
	}

	@Test
	void aNewWindowStartsWhenTheOldOneEnds() throws Exception {
		for (int i = 0; i < 3; i++) {
			send("/api/v1/growth/z-scores", "192.0.2.3");
		}
		assertThat(send("/api/v1/growth/z-scores", "192.0.2.3").getStatus()).isEqualTo(429);
		nanos.addAndGet(TimeUnit.SECONDS.toNanos(59));
		assertThat(send("/api/v1/growth/z-scores", "192.0.2.3").getHeader("Retry-After")).isEqualTo("1");
		nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
		assertThat(send("/api/v1/growth/z-scores", "192.0.2.3").getStatus()).isEqualTo(200);
	}

	@Test
	void pagesAreAnsweredWithTheErrorPageAndOtherPathsAreNotCounted() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("/complaints/new", "192.0.2.4").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = send("/complaints", "192.0.2.4");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
		for (int i = 0; i < 10; i++) {
			assertThat(send("/directory", "192.0.2.4").getStatus()).isEqualTo(200);
			assertThat(send("/complaintsx", "192.0.2.4").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void anIpv6ClientCountsByItsSlash64() throws Exception {
		assertThat(PublicRateLimit.client("2001:db8:1:2:aaaa::1")).isEqualTo(PublicRateLimit.client("2001:db8:1:2:bbbb::7"));
		assertThat(PublicRateLimit.client("2001:db8:1:3::1")).isNotEqualTo(PublicRateLimit.client("2001:db8:1:2::1"));
		assertThat(PublicRateLimit.client("192.0.2.9")).isEqualTo("192.0.2.9");
		for (int i = 0; i < 3; i++) {
			send("/api/v1/growth/z-scores", "2001:db8:1:2::" + (i + 1));
		}
		assertThat(send("/api/v1/growth/z-scores", "2001:db8:1:2::ff").getStatus()).isEqualTo(429);
	}

	@Test
	void settingsNameTheirPaths() {
		PublicRateSettings settings = new PublicRateSettings(60, Duration.ofMinutes(1),
				List.of("/api/v1/growth/z-scores", "/api/v1/public/complaints/**"), 10);
		assertThat(settings.limits("/api/v1/growth/z-scores")).isTrue();
		assertThat(settings.limits("/api/v1/growth/z-scores/x")).isFalse();
		assertThat(settings.limits("/api/v1/public/complaints")).isTrue();
		assertThat(settings.limits("/api/v1/public/complaints/1/photos")).isTrue();
		assertThat(settings.limits("/api/v1/public/complaintsX")).isFalse();
	}
}
