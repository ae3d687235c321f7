package org.tuoyu.platform.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tuoyu.platform.ClientAddress;

/**
 * The remote address of the current servlet request.
 */
@Component
class ServletClientAddress implements ClientAddress {

	@Override
	public Optional<String> current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
		}
		return Optional.empty();
	}
}
