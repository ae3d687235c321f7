package org.tuoyu.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tuoyu.platform.account.AccountCreationPolicy;
import org.tuoyu.platform.account.PasswordPolicy;
import org.tuoyu.platform.security.SecurityRules;
import org.tuoyu.shared.DivisionCode;

class AccountPoliciesTests {

	private final PasswordPolicy passwords = new PasswordPolicy(new SecurityRules(5, Duration.ofMinutes(15), 10));

	private static CurrentUser user(Role role, String division) {
		return new CurrentUser(UUID.randomUUID(), "u", "U", role, DataScope.division(DivisionCode.of(division)));
	}

	@ParameterizedTest
	@CsvSource({ "short1, password.tooShort", "onlyletterslong, password.needsLettersAndDigits",
			"1234567890123, password.needsLettersAndDigits", "xxalice2026xx, password.containsUsername" })
	void weakPasswordsAreRejectedWithTheirReason(String password, String key) {
		assertThatThrownBy(() -> passwords.check("password", "alice", password)).isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo(key);
	}

	@Test
	void aLongPasswordWithLettersAndDigitsIsAccepted() {
		assertThatCode(() -> passwords.check("password", "alice", "Riverside2026")).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@CsvSource({
			// creator role, creator division, new role, new division, expected key
			"DISTRICT_ADMIN, 320213, CITY_ADMIN, 3202, account.create.roleAboveOwn",
			"DISTRICT_ADMIN, 320213, STREET_OFFICER, 320205001, account.create.outsideScope",
			"DISTRICT_ADMIN, 320213, DISTRICT_ADMIN, 320205, account.create.outsideScope",
			"CITY_ADMIN, 3202, STREET_OFFICER, 320213, account.create.levelMismatch",
			"CITY_ADMIN, 3202, DISTRICT_ADMIN, 320213021, account.create.levelMismatch",
			"CITY_ADMIN, 3202, INSPECTOR, 320213021, account.create.inspectorLevel",
			"CITY_ADMIN, 3202, GUARDIAN, 320213, account.create.officerRolesOnly",
			"CITY_ADMIN, 3202, STREET_OFFICER, 320505001, account.create.outsideScope",
			"STREET_OFFICER, 320213021, STREET_OFFICER, 320213021, account.create.notAdmin",
			"INSPECTOR, 3202, STREET_OFFICER, 320213021, account.create.notAdmin" })
	void administratorsCreateOnlyLowerRolesInsideTheirScope(Role creatorRole, String creatorDivision, Role role,
			String division, String key) {
		assertThatThrownBy(
				() -> AccountCreationPolicy.check(user(creatorRole, creatorDivision), role, DivisionCode.of(division)))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource({ "CITY_ADMIN, 3202, CITY_ADMIN, 3202", "CITY_ADMIN, 3202, DISTRICT_ADMIN, 320213",
			"CITY_ADMIN, 3202, INSPECTOR, 3202", "DISTRICT_ADMIN, 320213, STREET_OFFICER, 320213021",
			"DISTRICT_ADMIN, 320213, INSPECTOR, 320213", "DISTRICT_ADMIN, 320213, DISTRICT_ADMIN, 320213" })
	void allowedCreations(Role creatorRole, String creatorDivision, Role role, String division) {
		assertThatCode(() -> AccountCreationPolicy.check(user(creatorRole, creatorDivision), role, DivisionCode.of(division)))
			.doesNotThrowAnyException();
	}
}
