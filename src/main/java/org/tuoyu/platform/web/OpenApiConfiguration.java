package org.tuoyu.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: title, and the bearer tokens users create on
 * their profile page.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tuoyuOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tuoyu API")
				.version("v1")
				.description("托育服务平台 JSON API. Errors are RFC 9457 problem details (application/problem+json) "
						+ "with a stable type urn:tuoyu:problem:*; a record outside the caller's scope answers 404."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token (tuoyu_...) created on the profile page")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
