package org.tuoyu.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.guidance.register.RegisterChildren;
import org.tuoyu.guidance.register.RegisteredChild;
import org.tuoyu.guidance.services.GuidanceServices;
import org.tuoyu.guidance.services.ServiceKind;
import org.tuoyu.guidance.services.ServiceSource;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.test.EnrollmentFixtures;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.json.JsonMapper;

/** The register entry of a family's child and the ledger of services: each counted once, by year. */
@TuoyuTest
class GuidanceServicesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	RegisterChildren register;

	@Autowired
	GuidanceServices services;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aFamilysChildJoinsTheRegisterOnceAndEachSourceCountsOnceInItsYear() throws Exception {
		EnrollmentFixtures fixtures = new EnrollmentFixtures(mvc, json, jdbc);
		MockHttpSession guardian = fixtures.guardian("13600420001");
		UUID familyChild = fixtures.child(guardian, "指导宝宝", TestClock.today().minusMonths(10));
		UUID account = jdbc.sql("SELECT id FROM platform_account WHERE username = '13600420001'").query(UUID.class).single();

		assertThatThrownBy(() -> register.ensureForFamilyChild(familyChild, "320213021", account))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("guidance.register.community.required"));
		RegisteredChild child = register.ensureForFamilyChild(familyChild, "320213021001", account);
		assertThat(register.ensureForFamilyChild(familyChild, "320213021002", account).id()).isEqualTo(child.id());
		assertThat(child.divisionCode()).isEqualTo("320213021");
		assertThat(child.homeCared()).isTrue();

		LocalDate today = TestClock.today();
		UUID session = UUID.randomUUID();
		assertThat(record(child.id(), session, today)).isTrue();
		assertThat(record(child.id(), session, today)).as("the same session again").isFalse();
		assertThat(record(child.id(), UUID.randomUUID(), today.withDayOfYear(1).minusDays(1))).isTrue();
		assertThat(services.quotaThisYear(child.id()).attended()).isEqualTo(1);
		assertThat(services.quota(child.id(), today.getYear() - 1).attended()).isEqualTo(1);
		assertThat(services.quotaThisYear(child.id()).quota()).isEqualTo(6);
	}

	private boolean record(UUID child, UUID source, LocalDate day) {
		return transactions.execute(status -> services.record(child, ServiceKind.GROUP_CLASS, ServiceSource.SESSION, source,
				day, true, null));
	}
}
