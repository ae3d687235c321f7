package org.tuoyu.messaging.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class QuietHoursPolicyTests {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	static ChannelPreferences quiet(String from, String until) {
		return new ChannelPreferences(true, true, true, true, true, true, LocalTime.parse(from), LocalTime.parse(until));
	}

	static ZonedDateTime at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(CITY);
	}

	@Test
	void overnightQuietHoursHoldEveningAndEarlyMorningUntilTheMorning() {
		ChannelPreferences p = quiet("21:00", "07:30");
		assertThat(QuietHoursPolicy.deliverAt(p, at("2026-12-08T20:59"))).isEqualTo(at("2026-12-08T20:59"));
		assertThat(QuietHoursPolicy.deliverAt(p, at("2026-12-08T21:00"))).isEqualTo(at("2026-12-09T07:30"));
		assertThat(QuietHoursPolicy.deliverAt(p, at("2026-12-08T23:59"))).isEqualTo(at("2026-12-09T07:30"));
		assertThat(QuietHoursPolicy.deliverAt(p, at("2026-12-09T00:10"))).isEqualTo(at("2026-12-09T07:30"));
		assertThat(QuietHoursPolicy.deliverAt(p, at("2026-12-09T07:30"))).isEqualTo(at("2026-12-09T07:30"));
		assertThat(QuietHoursPolicy.deliverAt(p, at("2026-12-09T12:00"))).isEqualTo(at("2026-12-09T12:00"));
	}

	@Test
	void aWindowInsideOneDayHoldsOnlyInside() {
		ChannelPreferences nap = quiet("12:00", "14:00");
		assertThat(QuietHoursPolicy.deliverAt(nap, at("2026-12-08T11:59"))).isEqualTo(at("2026-12-08T11:59"));
		assertThat(QuietHoursPolicy.deliverAt(nap, at("2026-12-08T13:00"))).isEqualTo(at("2026-12-08T14:00"));
		assertThat(QuietHoursPolicy.deliverAt(nap, at("2026-12-08T14:00"))).isEqualTo(at("2026-12-08T14:00"));
	}

	@Test
	void withoutQuietHoursEverythingGoesAtOnce() {
		ChannelPreferences off = new ChannelPreferences(true, true, true, true, true, false, LocalTime.of(21, 0),
				LocalTime.of(7, 30));
		assertThat(QuietHoursPolicy.deliverAt(off, at("2026-12-08T23:00"))).isEqualTo(at("2026-12-08T23:00"));
	}

	@Test
	void quietHoursNeedADifferentStartAndEnd() {
		assertThatThrownBy(() -> QuietHoursPolicy.check(quiet("21:00", "21:00")))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("quietUntil");
				assertThat(ex.messageKey()).isEqualTo("messaging.channels.quiet.same");
			});
		assertThatThrownBy(() -> QuietHoursPolicy
			.check(new ChannelPreferences(true, true, true, true, true, true, null, LocalTime.NOON)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("quietFrom"));
		QuietHoursPolicy.check(quiet("22:00", "06:00"));
	}

	@Test
	void theKindComesFromTheFeatureOfTheMessageKey() {
		assertThat(NotificationKind.of("messaging.conversations.notification.institution")).isEqualTo(NotificationKind.MESSAGES);
		assertThat(NotificationKind.of("messaging.daily.notification.summary")).isEqualTo(NotificationKind.DAILY_SUMMARY);
		assertThat(NotificationKind.of("messaging.announcements.notification.reminder"))
			.isEqualTo(NotificationKind.ANNOUNCEMENTS);
		assertThat(NotificationKind.of("messaging.moments.notification.photo")).isEqualTo(NotificationKind.PHOTOS);
		assertThat(NotificationKind.of("notification.welcome")).isEqualTo(NotificationKind.OTHERS);
		assertThat(quiet("21:00", "07:30").allows(NotificationKind.PHOTOS)).isTrue();
		assertThat(new ChannelPreferences(true, false, true, true, true, true, null, null).allows(NotificationKind.DAILY_SUMMARY))
			.isFalse();
	}
}
