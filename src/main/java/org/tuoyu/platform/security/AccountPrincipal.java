package org.tuoyu.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.account.Account;

/**
 * The authenticated account as Spring Security holds it.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private transient String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	AccountPrincipal(Account account, Instant now) {
		this.user = new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
				account.scope());
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
		this.locked = account.lockedAt(now);
	}

	public CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(user.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
