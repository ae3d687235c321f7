package org.tuoyu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.tuoyu.test.TuoyuTest;

/**
 * The prefix-first lookup is only faster: for a request to every path pattern of the application,
 * with every method, it finds the same controller method (or the same refusal) as Spring MVC's own
 * mapping built over the same controllers.
 */
@TuoyuTest
class PrefixFirstHandlerMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void literalStartStopsAtTheFirstVariableOrWildcard() {
		assertThat(PrefixFirstHandlerMapping.literalStart("/api/v1/attendance/classes/{classId}/roll"))
			.isEqualTo("/api/v1/attendance/classes/");
		assertThat(PrefixFirstHandlerMapping.literalStart("/api/**")).isEqualTo("/api/");
		assertThat(PrefixFirstHandlerMapping.literalStart("/css/*.css")).isEqualTo("/css/");
		assertThat(PrefixFirstHandlerMapping.literalStart("/org/attendance")).isEqualTo("/org/attendance");
	}

	@Test
	void findsWhatSpringMvcFindsForEveryPatternAndMethod() throws Exception {
		assertThat(mapping).isInstanceOf(PrefixFirstHandlerMapping.class);
		RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
		plain.setApplicationContext(context);
		plain.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
		plain.setContentNegotiationManager(mapping.getContentNegotiationManager());
		plain.setPatternParser(mapping.getPatternParser());
		plain.afterPropertiesSet();

		List<String> paths = new ArrayList<>(List.of("/api/v1/nothing/here", "/org/unknown/1/x", "/api/v1/%64irectory/institutions"));
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			if (entry.getKey().getPathPatternsCondition() != null) {
				for (PathPattern pattern : entry.getKey().getPathPatternsCondition().getPatterns()) {
					paths.add(sample(pattern.getPatternString()));
				}
			}
		}
		assertThat(paths).hasSizeGreaterThan(100);
		int variables = 0;
		for (String path : paths) {
			variables += path.contains("0199") ? 1 : 0;
			for (RequestMethod method : RequestMethod.values()) {
				assertThat(handlerOf(mapping, method, path)).as("%s %s", method, path)
					.isEqualTo(handlerOf(plain, method, path));
			}
		}
		assertThat(variables).as("patterns with variables").isGreaterThan(50);
	}

	private static String sample(String pattern) {
		return pattern.replaceAll("\\{[^}/]*\\*[^}]*}", "a/b")
			.replaceAll("\\{[^}]*}", "0199f3c2-0000-7000-8000-000000000001")
			.replace("**", "a/b")
			.replace("*", "a");
	}

	private static String handlerOf(RequestMappingHandlerMapping mapping, RequestMethod method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return chain == null ? "none" : Objects.toString(chain.getHandler());
		}
		catch (Exception refused) {
			return refused.getClass().getSimpleName();
		}
	}
}
