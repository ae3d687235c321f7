package org.tuoyu.messaging.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tuoyu.platform.BusinessRuleException;

class MedicinePolicyTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

	private static NewMedicineRequest request(LocalDate day, String medication, String dose, List<LocalTime> times) {
		return new NewMedicineRequest(UUID.randomUUID(), day, medication, dose, times, null);
	}

	@Test
	void aRequestIsForTodayByDefaultWithItsTimesInOrderOnce() {
		MedicinePolicy.CheckedRequest checked = MedicinePolicy.check(request(null, " 布洛芬 ", "5ml",
				List.of(LocalTime.of(15, 0), LocalTime.of(12, 0), LocalTime.of(12, 0, 30))), TODAY);
		assertThat(checked.day()).isEqualTo(TODAY);
		assertThat(checked.medication()).isEqualTo("布洛芬");
		assertThat(checked.times()).containsExactly(LocalTime.of(12, 0), LocalTime.of(15, 0));
	}

	@Test
	void aRequestNamesTheMedicationTheDoseAndOneToSixTimesWithinAWeek() {
		List<LocalTime> noon = List.of(LocalTime.NOON);
		assertField(request(TODAY, " ", "5ml", noon), "medication");
		assertField(request(TODAY, "布洛芬", "", noon), "dose");
		assertField(request(TODAY, "布洛芬", "5ml", List.of()), "times");
		assertField(request(TODAY, "布洛芬", "5ml", List.of(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0),
				LocalTime.of(11, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), LocalTime.of(14, 0))), "times");
		assertField(request(TODAY.minusDays(1), "布洛芬", "5ml", noon), "day");
		assertField(request(TODAY.plusDays(7), "布洛芬", "5ml", noon), "day");
		assertThat(MedicinePolicy.check(request(TODAY.plusDays(6), "布洛芬", "5ml", noon), TODAY).day())
			.isEqualTo(TODAY.plusDays(6));
	}

	@Test
	void aDoseIsGivenOnTheRequestsDayWhileItStandsAndUntilEveryTimeHasItsDose() {
		assertThatCode(() -> MedicinePolicy.checkDose(TODAY, 2, false, 1, TODAY)).doesNotThrowAnyException();
		assertThatThrownBy(() -> MedicinePolicy.checkDose(TODAY, 2, false, 2, TODAY))
			.hasMessage("messaging.daily.medicine.allGiven");
		assertThatThrownBy(() -> MedicinePolicy.checkDose(TODAY, 2, true, 0, TODAY))
			.hasMessage("messaging.daily.medicine.cancelled");
		assertThatThrownBy(() -> MedicinePolicy.checkDose(TODAY.plusDays(1), 2, false, 0, TODAY))
			.hasMessage("messaging.daily.medicine.otherDay");
	}

	private static void assertField(NewMedicineRequest request, String field) {
		assertThatThrownBy(() -> MedicinePolicy.check(request, TODAY)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}
}
