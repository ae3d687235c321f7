package org.tuoyu.messaging.conversations;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Conversations ({@code tuoyu.messaging.conversations.*}).
 *
 * @param withdrawWithin how long after sending the sender may withdraw a message (default 2m)
 * @param maxPhotoSize the largest photo accepted (default 10MB)
 * @param maxPhotos the most photos one message carries (default 4)
 * @param officeDays the office days of an institution that has set none (default Monday to Friday)
 * @param opensAt … its opening time (default 08:00)
 * @param closesAt … its closing time (default 17:30)
 */
@ConfigurationProperties("tuoyu.messaging.conversations")
public record ConversationSettings(Duration withdrawWithin, DataSize maxPhotoSize, Integer maxPhotos,
		Set<DayOfWeek> officeDays, LocalTime opensAt, LocalTime closesAt) {

	public ConversationSettings {
		withdrawWithin = withdrawWithin == null ? Duration.ofMinutes(2) : withdrawWithin;
		maxPhotoSize = maxPhotoSize == null ? DataSize.ofMegabytes(10) : maxPhotoSize;
		maxPhotos = maxPhotos == null ? 4 : maxPhotos;
		officeDays = officeDays == null || officeDays.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
				: officeDays;
		opensAt = opensAt == null ? LocalTime.of(8, 0) : opensAt;
		closesAt = closesAt == null ? LocalTime.of(17, 30) : closesAt;
		if (withdrawWithin.isNegative() || maxPhotoSize.toBytes() < 1 || maxPhotos < 0 || !opensAt.isBefore(closesAt)) {
			throw new IllegalArgumentException("tuoyu.messaging.conversations has an impossible value");
		}
	}

	/** The office hours of an institution that has set none. */
	public OfficeHours defaultOfficeHours() {
		return new OfficeHours(officeDays, opensAt, closesAt);
	}
}
