package org.tuoyu.platform.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the first city administrator comes to exist.
 *
 * @param username the administrator's login name
 * @param password the initial password ({@code TUOYU_ADMIN_PASSWORD}); when absent a one-time
 *        setup token is printed at first start instead
 * @param cityDivision the division code of the city the administrator is scoped to
 */
@ConfigurationProperties("tuoyu.admin")
public record FirstAdministratorProperties(@DefaultValue("admin") String username, String password,
		@DefaultValue("3202") String cityDivision) {
}
