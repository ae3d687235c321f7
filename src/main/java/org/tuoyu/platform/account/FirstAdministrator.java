package org.tuoyu.platform.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.Sha256;
import org.tuoyu.shared.DivisionCode;

/**
 * At start, when no city administrator exists: creates it from {@code TUOYU_ADMIN_PASSWORD}, or
 * prints a one-time setup token with which the password is set at {@code /setup}. There is never
 * a default password.
 */
@Component
@Order(100)
public class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final AccountManagement management;

	private final FirstAdministratorProperties properties;

	private final JdbcClient jdbc;

	private final Environment environment;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	FirstAdministrator(Accounts accounts, AccountManagement management, FirstAdministratorProperties properties,
			JdbcClient jdbc, Environment environment, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.management = management;
		this.properties = properties;
		this.jdbc = jdbc;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!setupNeeded()) {
			return;
		}
		if (properties.password() != null && !properties.password().isBlank()) {
			management.createFirstAdministrator(properties.username(), properties.password(),
					DivisionCode.of(properties.cityDivision()), false);
			log.info("Created the city administrator '{}' with the password from TUOYU_ADMIN_PASSWORD",
					properties.username());
			return;
		}
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO platform_setup_token (id, token_hash) VALUES (1, :hash)
				ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, created_at = :now
				""").param("now", OffsetDateTime.now(clock)).param("hash", Sha256.hex(token)).update();
		log.warn("""

				================================================================================
				 首次启动 / First start: no administrator yet.
				 打开 / open  http://localhost:{}/setup  and enter this one-time setup token
				 to set the password of the city administrator '{}':

				     {}

				 (Or set TUOYU_ADMIN_PASSWORD before the first start.)
				================================================================================
				""", environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")),
				properties.username(), token);
	}

	/** Whether the first administrator still has to be created. */
	public boolean setupNeeded() {
		return accounts.countByRole(Role.CITY_ADMIN) == 0;
	}

	/** Creates the administrator when the token matches the one printed at start. */
	@Transactional
	public void completeSetup(String token, String password) {
		String stored = jdbc.sql("SELECT token_hash FROM platform_setup_token WHERE id = 1 FOR UPDATE")
			.query(String.class)
			.optional()
			.orElse(null);
		if (!setupNeeded() || stored == null || token == null || !MessageDigest.isEqual(
				stored.getBytes(StandardCharsets.UTF_8), Sha256.hex(token.trim()).getBytes(StandardCharsets.UTF_8))) {
			throw new BusinessRuleException("token", "setup.tokenInvalid");
		}
		management.createFirstAdministrator(properties.username(), password, DivisionCode.of(properties.cityDivision()),
				true);
		jdbc.sql("DELETE FROM platform_setup_token").update();
	}

	public String username() {
		return properties.username();
	}

}
