package org.tuoyu.guidance.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tuoyu.guidance.services.ServiceKind;

/** Seats before the waitlist, nearest sessions first, and the free quota's pace by month. */
class BookingPolicyTests {

	@Test
	void aSeatWhileOneIsLeftThenTheWaitlist() {
		assertThat(BookingPolicy.place(0, 1)).isEqualTo(BookingStatus.BOOKED);
		assertThat(BookingPolicy.place(9, 10)).isEqualTo(BookingStatus.BOOKED);
		assertThat(BookingPolicy.place(10, 10)).isEqualTo(BookingStatus.WAITLISTED);
	}

	@Test
	void theChildsCommunityComesBeforeItsStreetBeforeTheRest() {
		assertThat(BookingPolicy.nearness("320213021001", "320213021001")).isZero();
		assertThat(BookingPolicy.nearness("320213021002", "320213021001")).isEqualTo(1);
		assertThat(BookingPolicy.nearness("320213021", "320213021001")).isEqualTo(1);
		assertThat(BookingPolicy.nearness("320213", "320213021001")).isEqualTo(2);
		assertThat(BookingPolicy.nearness("320213022001", "320213021001")).isEqualTo(2);
	}

	@Test
	void nearestFirstThenSuitingTheAgeThenTheSoonest() {
		SessionChoice streetLater = choice(1, true, 5);
		SessionChoice communityWrongAge = choice(0, false, 9);
		SessionChoice communityRightAge = choice(0, true, 7);
		SessionChoice streetSooner = choice(1, true, 2);
		assertThat(List.of(streetLater, communityWrongAge, communityRightAge, streetSooner).stream()
			.sorted(BookingPolicy.ranking())
			.toList()).containsExactly(communityRightAge, communityWrongAge, streetSooner, streetLater);
	}

	@Test
	void theAgeIsInWholeMonths() {
		LocalDate birth = LocalDate.of(2025, 1, 31);
		assertThat(BookingPolicy.ageMonths(birth, LocalDate.of(2025, 2, 28))).isZero();
		assertThat(BookingPolicy.ageMonths(birth, LocalDate.of(2026, 1, 31))).isEqualTo(12);
		assertThat(new Topic("TODDLER_SLEEP", 12, 24, "SLEEP").suits(12)).isTrue();
		assertThat(new Topic("TODDLER_SLEEP", 12, 24, "SLEEP").suits(24)).isFalse();
		assertThat(new Topic("TODDLER_SLEEP", 12, 24, "SLEEP").bandKey()).isEqualTo("guidance.sessions.band.TODDLER");
	}

	@Test
	void theQuotaIsSpreadOverTheYearRoundedUp() {
		assertThat(QuotaPacePolicy.expectedBy(YearMonth.of(2026, 1), 6)).isEqualTo(1);
		assertThat(QuotaPacePolicy.expectedBy(YearMonth.of(2026, 2), 6)).isEqualTo(1);
		assertThat(QuotaPacePolicy.expectedBy(YearMonth.of(2026, 6), 6)).isEqualTo(3);
		assertThat(QuotaPacePolicy.expectedBy(YearMonth.of(2026, 7), 6)).isEqualTo(4);
		assertThat(QuotaPacePolicy.expectedBy(YearMonth.of(2026, 12), 6)).isEqualTo(6);
		assertThat(QuotaPacePolicy.expectedBy(YearMonth.of(2026, 12), 8)).isEqualTo(8);
	}

	private static SessionChoice choice(int nearness, boolean suitsAge, int day) {
		OffsetDateTime start = OffsetDateTime.of(2026, 12, day, 9, 0, 0, 0, ZoneOffset.ofHours(8));
		GuidanceSession session = new GuidanceSession(UUID.randomUUID(), null, null, "p", ServiceKind.GROUP_CLASS,
				new Topic("TODDLER_SLEEP", 12, 24, "SLEEP"), "320213021001", null, "place", null, null, null, 10, 0, 0, start,
				start.plusHours(1), true, false, null);
		return new SessionChoice(session, nearness, suitsAge, null);
	}
}
