package org.tuoyu.supervision;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Complaint rules ({@code tuoyu.supervision.complaints.*}).
 *
 * @param deadlineWorkingDays working days the district has to decide a complaint (default 15)
 * @param minDescription the shortest description accepted, in characters (default 10)
 * @param maxDescription the longest description accepted, in characters (default 2,000)
 * @param maxPhotos photos one complaint may carry (default 3)
 * @param maxPhotoSize the largest photo accepted (default 2MB)
 * @param submissionsPerClient complaints one client address may submit per window (default 5)
 * @param trackingPerClient tracking-code lookups one client address may make per window (default 30)
 * @param window the window of both client limits, from a client's first request (default 1 hour)
 * @param riskStep what each upheld complaint adds to an institution's draw factor (default 0.3)
 * @param riskCap the largest draw factor complaints give (default 2.5)
 * @param riskMonths the months of upheld complaints the draw factor counts (default 12)
 */
@ConfigurationProperties("tuoyu.supervision.complaints")
public record ComplaintSettings(@DefaultValue("15") int deadlineWorkingDays, @DefaultValue("10") int minDescription,
		@DefaultValue("2000") int maxDescription, @DefaultValue("3") int maxPhotos,
		@DefaultValue("2MB") DataSize maxPhotoSize, @DefaultValue("5") int submissionsPerClient,
		@DefaultValue("30") int trackingPerClient, @DefaultValue("1h") Duration window,
		@DefaultValue("0.3") BigDecimal riskStep, @DefaultValue("2.5") BigDecimal riskCap,
		@DefaultValue("12") int riskMonths) {

	public ComplaintSettings {
		if (deadlineWorkingDays < 1 || minDescription < 1 || maxDescription < minDescription || maxPhotos < 0
				|| submissionsPerClient < 1 || trackingPerClient < 1 || window.isZero() || window.isNegative()
				|| riskStep.signum() < 0 || riskCap.compareTo(BigDecimal.ONE) < 0 || riskMonths < 1) {
			throw new IllegalArgumentException("tuoyu.supervision.complaints has an impossible value");
		}
	}

	/** Defaults, for tests and tools. */
	public static ComplaintSettings defaults() {
		return new ComplaintSettings(15, 10, 2000, 3, DataSize.ofMegabytes(2), 5, 30, Duration.ofHours(1),
				new BigDecimal("0.3"), new BigDecimal("2.5"), 12);
	}
}
