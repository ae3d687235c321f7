package org.tuoyu.platform.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.NotFoundException;

/**
 * Any API path no other controller serves answers a problem-JSON 404 (more specific mappings win).
 */
@RestController
class ApiFallbackController {

	@RequestMapping("/api/**")
	void unknown() {
		throw new NotFoundException("endpoint");
	}
}
