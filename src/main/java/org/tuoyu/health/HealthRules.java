package org.tuoyu.health;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Health rules ({@code tuoyu.rules.health.*}); defaults follow the national standard.
 *
 * @param feverFrom the temperature (°C) from which a check counts as fever (default 37.3)
 * @param outbreak thresholds of an outbreak signal
 * @param seriousReportHours hours after a serious incident by which the district is told (default 2)
 */
@ConfigurationProperties("tuoyu.rules.health")
public record HealthRules(BigDecimal feverFrom, Outbreak outbreak, Integer seriousReportHours) {

	public HealthRules {
		feverFrom = feverFrom == null ? new BigDecimal("37.3") : feverFrom;
		outbreak = outbreak == null ? new Outbreak(null, null, null) : outbreak;
		seriousReportHours = seriousReportHours == null ? 2 : seriousReportHours;
	}

	/**
	 * The same symptom in one class: {@code sameDay} or more children in a day, or
	 * {@code windowCount} or more within {@code windowDays} calendar days (today and the days before).
	 */
	public record Outbreak(Integer sameDay, Integer windowCount, Integer windowDays) {

		public Outbreak {
			sameDay = sameDay == null ? 3 : sameDay;
			windowCount = windowCount == null ? 5 : windowCount;
			windowDays = windowDays == null ? 3 : windowDays;
		}
	}
}
