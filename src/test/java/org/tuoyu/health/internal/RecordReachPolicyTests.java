package org.tuoyu.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuoyu.health.RecordReach;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

class RecordReachPolicyTests {

	private static final UUID HERE = UUID.fromString("0199f3c2-0000-7000-8000-000000000001");

	private static final UUID ELSEWHERE = UUID.fromString("0199f3c2-0000-7000-8000-000000000002");

	private static final DivisionCode LIANGXI_STREET = new DivisionCode("320213021");

	@ParameterizedTest(name = "{0} at {1}, guardian {2}, placed {3}, consent {4} → {5}")
	@CsvSource({
			// role, where the user is, guardian, placed here, consent, reach
			"GUARDIAN,         -,         true,  true,  false, ALL",
			"GUARDIAN,         -,         true,  false, false, ALL",
			"GUARDIAN,         -,         false, true,  true,  NONE",
			"HEALTH_WORKER,    HERE,      false, true,  false, HERE",
			"HEALTH_WORKER,    HERE,      false, true,  true,  ALL",
			"CAREGIVER,        HERE,      false, true,  false, HERE",
			"INSTITUTION_ADMIN,ELSEWHERE, false, true,  true,  NONE",
			"HEALTH_WORKER,    ELSEWHERE, false, false, true,  NONE",
			"DISTRICT_ADMIN,   320213,    false, true,  false, HERE",
			"STREET_OFFICER,   320213021, false, true,  true,  ALL",
			"DISTRICT_ADMIN,   320206,    false, true,  true,  NONE",
			"CITY_ADMIN,       3202,      false, false, true,  NONE",
			"DEVICE,           HERE,      false, true,  true,  NONE" })
	void readsWhatTheRulesAllow(Role role, String at, boolean guardian, boolean placedHere, boolean consent,
			String expected) {
		DataScope scope = switch (at) {
			case "-" -> DataScope.guardian(UUID.randomUUID());
			case "HERE" -> DataScope.institution(HERE);
			case "ELSEWHERE" -> DataScope.institution(ELSEWHERE);
			default -> DataScope.division(new DivisionCode(at));
		};
		CurrentUser user = new CurrentUser(UUID.randomUUID(), "u", "u", role, scope);
		Optional<RecordReach> reach = RecordReachPolicy.reach(user, guardian, placedHere ? HERE : null,
				placedHere ? LIANGXI_STREET : null, consent);
		switch (expected) {
			case "NONE" -> assertThat(reach).isEmpty();
			case "ALL" -> assertThat(reach).hasValueSatisfying(r -> assertThat(r.includes(ELSEWHERE)).isTrue());
			default -> assertThat(reach).hasValueSatisfying(r -> {
				assertThat(r.includes(HERE)).isTrue();
				assertThat(r.includes(ELSEWHERE)).isFalse();
			});
		}
	}
}
