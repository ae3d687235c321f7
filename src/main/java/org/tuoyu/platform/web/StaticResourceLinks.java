package org.tuoyu.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites the links a page renders to static resources (WebJars, our CSS, scripts and map
 * outlines) to their resolved form, as Spring's {@link ResourceUrlEncodingFilter} does, but
 * leaves every other link alone: resolving a page link such as {@code /admin/statistics?…} as a
 * resource looked it up on the whole class path, jar by jar, for each link of each page.
 */
class StaticResourceLinks extends ResourceUrlEncodingFilter {

	/** Where static resources are served from; other paths are never resources. */
	static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/geo/", "/img/");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse served)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(served) {
			@Override
			public String encodeURL(String url) {
				return super.encodeURL(resolved(http, url));
			}
		});
	}

	/** The resolved link of a static resource, or the link as it is. */
	static String resolved(HttpServletRequest request, String url) {
		String path = url.startsWith(request.getContextPath()) ? url.substring(request.getContextPath().length()) : url;
		if (STATIC_PREFIXES.stream().noneMatch(path::startsWith)) {
			return url;
		}
		Object provider = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
		String resolved = provider instanceof ResourceUrlProvider urls ? urls.getForRequestUrl(request, url) : null;
		return resolved == null ? url : resolved;
	}
}
