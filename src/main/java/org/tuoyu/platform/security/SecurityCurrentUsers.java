package org.tuoyu.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;

/**
 * The signed-in user from the security context (form login session or bearer token).
 */
@Component
class SecurityCurrentUsers implements CurrentUsers {

	@Override
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		if (authentication != null && authentication.getPrincipal() instanceof DeviceTokenFilter.DevicePrincipal device) {
			return Optional.of(new CurrentUser(device.device().id(), "device", device.device().name(), Role.DEVICE,
					DataScope.institution(device.device().institutionId())));
		}
		return Optional.empty();
	}
}
