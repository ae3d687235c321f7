package org.tuoyu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.platform.PublicReads;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class PublicTrafficIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("publicTrafficLimit")
	FilterRegistrationBean<PublicTrafficLimit> registration;

	@Autowired
	PublicTrafficSettings settings;

	@Autowired
	PublicReads publicReads;

	@Test
	void whenEveryPublicSlotIsBusyAVisitorIsAskedToRetryAndOfficersCarryOn() throws Exception {
		var session = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		int slots = settings.slots();
		CountDownLatch entered = new CountDownLatch(slots);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(slots);
		List<Future<?>> holders = new ArrayList<>();
		try {
			for (int i = 0; i < slots; i++) {
				holders.add(pool.submit(() -> {
					MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/directory/institutions");
					registration.getFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
						entered.countDown();
						awaitQuietly(release);
					});
					return null;
				}));
			}
			assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

			mvc.perform(get("/api/v1/directory/institutions").param("lat", "31.49").param("lng", "120.31"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "1"))
				.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:busy"))
				.andExpect(jsonPath("$.detail").value("目前访问的人较多，请稍候片刻再试"));
			mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());
		}
		finally {
			release.countDown();
			for (Future<?> holder : holders) {
				holder.get(10, TimeUnit.SECONDS);
			}
			pool.shutdown();
		}
		mvc.perform(get("/api/v1/directory/institutions").param("lat", "31.49").param("lng", "120.31"))
			.andExpect(status().isOk());
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void publicReadsCannotWrite() {
		assertThat(publicReads.jdbc().sql("SELECT count(*) FROM platform_account").query(Long.class).single())
			.isPositive();
		assertThatThrownBy(() -> publicReads.jdbc().sql("UPDATE platform_account SET username = username WHERE false").update())
			.hasMessageContaining("read-only");
	}
}
