package org.tuoyu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.DirectoryRules;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.OfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.Sha256;
import org.tuoyu.shared.DivisionCode;

/**
 * Demo profile: four more inspectors in each of 梁溪, 滨湖 and 新吴 (usernames
 * {@code inspector-<district>-n}, the demo password), all enrolled with the demo {@code inspector},
 * and a quarterly plan per district for the last four quarters (a year of draws whatever the day,
 * also on 1 January): past quarters drawn, the current one drawn in 梁溪 and 新吴 and only sealed in
 * 滨湖. Seeds derive from the plan names, so the data is the same on
 * every fresh start.
 */
@Component
@Profile("demo")
@Order(100)
class DemoDraws implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDraws.class);

	private static final String PASSWORD = "tuoyu2026demo";

	private static final List<String> DISTRICTS = List.of("320213", "320211", "320214");

	/** The district whose current quarter stays sealed, to show a draw awaiting its seed. */
	private static final String SEALED_ONLY = "320211";

	private static final String[] NAMES = { "张伟", "王芳", "李娜", "刘洋", "陈杰", "杨静", "赵磊", "黄敏", "周婷", "吴强", "徐丽",
			"孙涛" };

	private final AccountManagement accounts;

	private final InspectorManagement inspectors;

	private final InspectionPlanManagement plans;

	private final DirectoryRules directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoDraws(AccountManagement accounts, InspectorManagement inspectors, InspectionPlanManagement plans,
			DirectoryRules directory, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.inspectors = inspectors;
		this.plans = plans;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM supervision_plan").query(Long.class).single() > 0) {
			return;
		}
		DataScope city = DataScope.division(DivisionCode.of(directory.city()));
		OfficerAccount admin = accounts.officers(new CurrentUser(null, "demo", "demo", Role.CITY_ADMIN, city),
				Role.CITY_ADMIN).stream().findFirst().orElse(null);
		if (admin == null) {
			return;
		}
		CurrentUser user = new CurrentUser(admin.id(), admin.username(), admin.displayName(), Role.CITY_ADMIN, city);
		int name = 0;
		for (String district : DISTRICTS) {
			for (int n = 1; n <= 4; n++, name++) {
				accounts.createOfficer(user, new NewOfficerAccount("inspector-" + district + "-" + n,
						"监督员 " + NAMES[name % NAMES.length], Role.INSPECTOR, district, PASSWORD));
			}
		}
		inspectors.enrollable(user).forEach(account -> inspectors.enrol(user, account.id()));
		LocalDate today = LocalDate.now(clock);
		LocalDate currentQuarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
		int draws = 0;
		for (String district : DISTRICTS) {
			for (int back = 3; back >= 0; back--) {
				LocalDate start = currentQuarter.minusMonths(3L * back);
				String planName = start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度双随机抽查";
				UUID plan = plans.create(user, new NewInspectionPlan(district, planName, start,
						start.plusMonths(3).minusDays(1), InspectionPlanSampling.RATIO, 10, null, null, null, null, null,
						null, null));
				try {
					plans.seal(user, plan, seed(district, planName));
				}
				catch (org.tuoyu.platform.BusinessRuleException ex) {
					log.info("Demo plan {} {} not sealed: {}", district, planName, ex.messageKey());
					continue;
				}
				if (back > 0 || !district.equals(SEALED_ONLY)) {
					plans.draw(user, plan);
					draws++;
				}
			}
		}
		log.info("Demo inspection plans created: {} draws made", draws);
	}

	private static byte[] seed(String district, String planName) {
		return java.util.HexFormat.of().parseHex(Sha256.hex("tuoyu-demo-draw:" + district + ":" + planName));
	}
}
