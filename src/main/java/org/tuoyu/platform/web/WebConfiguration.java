package org.tuoyu.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.UnreadMessages;
import org.tuoyu.platform.notification.JdbcInbox;

/**
 * Language: Simplified Chinese by default, English with {@code ?lang=en}; the choice is kept in
 * a cookie. Pages get what the layout needs from {@link LayoutAdvice}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final CurrentUsers currentUsers;

	private final JdbcInbox inbox;

	private final ObjectProvider<UnreadMessages> unreadMessages;

	WebConfiguration(CurrentUsers currentUsers, JdbcInbox inbox, ObjectProvider<UnreadMessages> unreadMessages) {
		this.currentUsers = currentUsers;
		this.inbox = inbox;
		this.unreadMessages = unreadMessages;
	}

	/**
	 * Static resource links resolved as by Spring's encoding filter, other links left alone (in its
	 * place: Boot registers its own only when none is defined).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceLinks() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new StaticResourceLinks());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tuoyu-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** Controller methods are found by their path's literal start first, see {@link PrefixFirstHandlerMapping}. */
	@Bean
	WebMvcRegistrations prefixFirstHandlerMapping() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PrefixFirstHandlerMapping();
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new LayoutAdvice(currentUsers, inbox, unreadMessages));
	}
}
