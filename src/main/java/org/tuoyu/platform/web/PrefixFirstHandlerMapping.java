package org.tuoyu.platform.web;

import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the controller method for a path with variables by its literal start first. Spring MVC
 * tries every such mapping in turn, checking method, headers and media types before the path, and
 * each check reads through the request wrappers of the security chain: with a few hundred
 * mappings that lookup was most of the CPU of a small API request. A mapping whose patterns all
 * begin with text the path does not begin with cannot match, so it is skipped before those
 * checks; everything else is decided exactly as Spring MVC decides it.
 */
class PrefixFirstHandlerMapping extends RequestMappingHandlerMapping {

	private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

	private volatile Map<RequestMappingInfo, String[]> prefixes = Map.of();

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		if (getPatternParser() == null || !getPatternParser().isCaseSensitive()) {
			return;
		}
		Map<RequestMappingInfo, String[]> found = new IdentityHashMap<>();
		for (RequestMappingInfo info : handlerMethods.keySet()) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition != null && !condition.getPatterns().isEmpty()) {
				found.put(info, condition.getPatterns().stream().map(PathPattern::getPatternString)
					.map(PrefixFirstHandlerMapping::literalStart).toArray(String[]::new));
			}
		}
		prefixes = found;
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		LOOKUP_PATH.set(plain(lookupPath) ? lookupPath : null);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKUP_PATH.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = LOOKUP_PATH.get();
		String[] starts = path == null ? null : prefixes.get(info);
		if (starts != null && !startsWithAny(path, starts)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/** The pattern's text before its first variable or wildcard. */
	static String literalStart(String pattern) {
		int end = pattern.length();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?') {
				end = i;
				break;
			}
		}
		return pattern.substring(0, end);
	}

	/** Paths with encoded characters or matrix variables are left to Spring MVC alone. */
	private static boolean plain(String path) {
		return path.indexOf('%') < 0 && path.indexOf(';') < 0;
	}

	private static boolean startsWithAny(String path, String[] starts) {
		for (String start : starts) {
			if (path.startsWith(start)) {
				return true;
			}
		}
		return false;
	}
}
