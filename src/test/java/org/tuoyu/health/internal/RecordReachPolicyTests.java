package org.tuoyu.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuoyu.health.RecordReach;

class RecordReachPolicyTests {

	private static final UUID HERE = UUID.fromString("0199f3c2-0000-7000-8000-000000000001");

	private static final UUID ELSEWHERE = UUID.fromString("0199f3c2-0000-7000-8000-000000000002");

	@ParameterizedTest(name = "guardian {0}, placed {1}, over the placement {2}, consent {3} → {4}")
	@CsvSource({
			"true,  true,  false, false, ALL",
			"true,  false, false, false, ALL",
			"false, true,  true,  false, HERE",
			"false, true,  true,  true,  ALL",
			"false, true,  false, true,  NONE",
			"false, false, true,  true,  NONE",
			"false, false, false, false, NONE" })
	void readsWhatTheRulesAllow(boolean guardian, boolean placed, boolean overPlacement, boolean consent,
			String expected) {
		Optional<RecordReach> reach = RecordReachPolicy.reach(guardian, placed ? HERE : null, overPlacement, consent);
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
