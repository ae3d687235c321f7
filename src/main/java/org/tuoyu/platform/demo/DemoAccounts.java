package org.tuoyu.platform.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Account;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.platform.account.FirstAdministratorProperties;

/**
 * Demo profile: one account per role with a known password (listed in the README), created
 * once and deterministically. Never active outside the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(50)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "tuoyu2026demo";

	/** The demo institution later modules fill in; fixed so the data is reproducible. */
	static final UUID INSTITUTION = UUID.nameUUIDFromBytes("tuoyu-demo-institution-1".getBytes(StandardCharsets.UTF_8));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private record Demo(String username, String name, Role role, String division, UUID institution) {
	}

	private static final List<Demo> DEMO = List.of(
			new Demo("liangxi", "梁溪区卫健委 王敏", Role.DISTRICT_ADMIN, "320213", null),
			new Demo("street", "崇安寺街道 李强", Role.STREET_OFFICER, "320213021", null),
			new Demo("inspector", "梁溪区监督所 陈静", Role.INSPECTOR, "320213", null),
			new Demo("org-admin", "示范托育园 周园长", Role.INSTITUTION_ADMIN, null, INSTITUTION),
			new Demo("caregiver", "保育员 赵丽", Role.CAREGIVER, null, INSTITUTION),
			new Demo("health", "保健员 孙芳", Role.HEALTH_WORKER, null, INSTITUTION),
			new Demo("parent", "家长 刘洋", Role.GUARDIAN, null, null));

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final FirstAdministratorProperties admin;

	private final AuditLog audit;

	private final Inbox inbox;

	DemoAccounts(Accounts accounts, PasswordEncoder encoder, FirstAdministratorProperties admin, AuditLog audit,
			Inbox inbox) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.admin = admin;
		this.audit = audit;
		this.inbox = inbox;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.existsByUsername(admin.username())) {
			return;
		}
		String adminPassword = admin.password() == null || admin.password().isBlank() ? PASSWORD : admin.password();
		UUID adminId = create(new Demo(admin.username(), "市卫健委 系统管理员", Role.CITY_ADMIN, admin.cityDivision(), null),
				adminPassword, null);
		for (Demo demo : DEMO) {
			create(demo, PASSWORD, adminId);
		}
		log.info("Demo accounts created: {} and {} (see README for passwords)", admin.username(),
				DEMO.stream().map(Demo::username).toList());
	}

	private UUID create(Demo demo, String password, UUID createdBy) {
		UUID id = UUID.nameUUIDFromBytes(("tuoyu-demo-account-" + demo.username()).getBytes(StandardCharsets.UTF_8));
		accounts.insert(new Account(id, demo.username(), demo.name(), encoder.encode(password), demo.role(),
				demo.division(), demo.institution(), null, true, 0, null, null), createdBy);
		audit.recordAs(null, "demo", AuditEntry.of("ACCOUNT_CREATED", "account", id).withDetails(demo.username()));
		inbox.send(id, "notification.welcome", "/profile", demo.name());
		return id;
	}
}
