package org.tuoyu.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tuoyu.platform.BusinessRuleException;

class AllergyPolicyTests {

	@Test
	void anAllergyIsStrippedAndKept() {
		AllergyPolicy.Checked checked = AllergyPolicy
			.check(new NewAllergy(UUID.randomUUID(), " 鸡蛋 ", "  ", AllergySeverity.MODERATE));
		assertThat(checked.allergen()).isEqualTo("鸡蛋");
		assertThat(checked.reaction()).isNull();
		assertThat(checked.severity()).isEqualTo(AllergySeverity.MODERATE);
	}

	@Test
	void anAllergenAndASeverityAreNeeded() {
		assertThatThrownBy(() -> AllergyPolicy.check(new NewAllergy(null, " ", null, AllergySeverity.MILD)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("allergen");
				assertThat(ex.messageKey()).isEqualTo("health.allergy.allergen.required");
			});
		assertThatThrownBy(() -> AllergyPolicy.check(new NewAllergy(null, "花生", null, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("severity"));
	}

	@Test
	void textsAreBounded() {
		assertThatThrownBy(() -> AllergyPolicy.check(new NewAllergy(null, "过".repeat(AllergyPolicy.MAX_ALLERGEN + 1), null,
				AllergySeverity.MILD)))
			.hasMessage("health.field.tooLong");
		assertThatThrownBy(() -> AllergyPolicy.check(new NewAllergy(null, "花生", "疹".repeat(AllergyPolicy.MAX_REACTION + 1),
				AllergySeverity.SEVERE)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("reaction"));
	}
}
