package org.tuoyu.supervision;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Inspection rules ({@code tuoyu.supervision.inspection.*}), with defaults.
 *
 * @param checklist the class-path resource of the checklist (CSV: code, dimension, text_zh, text_en);
 *     its file name without extension is the version stored with each inspection
 * @param photoMaxSize the largest evidence photo (default 5MB)
 * @param photosPerItem the most photos per checklist item or rectification answer (default 5)
 * @param rectification working days to rectify, by severity
 * @param risk how past findings raise an institution's weight in a draw
 */
@ConfigurationProperties("tuoyu.supervision.inspection")
public record InspectionSettings(String checklist, DataSize photoMaxSize, Integer photosPerItem,
		Rectification rectification, Risk risk) {

	public InspectionSettings {
		checklist = checklist == null ? "supervision/checklist-v1.csv" : checklist;
		photoMaxSize = photoMaxSize == null ? DataSize.ofMegabytes(5) : photoMaxSize;
		photosPerItem = photosPerItem == null ? 5 : photosPerItem;
		rectification = rectification == null ? new Rectification(null, null) : rectification;
		risk = risk == null ? new Risk(null, null, null, null) : risk;
	}

	/**
	 * Working days an institution has to rectify a finding, counted from the day the order is issued.
	 * @param minorWorkingDays for a minor finding (default 15)
	 * @param seriousWorkingDays for a serious finding (default 5)
	 */
	public record Rectification(Integer minorWorkingDays, Integer seriousWorkingDays) {

		public Rectification {
			minorWorkingDays = minorWorkingDays == null ? 15 : minorWorkingDays;
			seriousWorkingDays = seriousWorkingDays == null ? 5 : seriousWorkingDays;
		}

		/** The working days for a severity. */
		public int workingDays(FindingSeverity severity) {
			return severity == FindingSeverity.SERIOUS ? seriousWorkingDays : minorWorkingDays;
		}
	}

	/**
	 * The {@code findings} risk signal: factor = 1 + perMinor × minor + perSerious × serious
	 * findings concluded in the last {@code months} months, at most {@code cap}.
	 */
	public record Risk(BigDecimal perMinor, BigDecimal perSerious, BigDecimal cap, Integer months) {

		public Risk {
			perMinor = perMinor == null ? new BigDecimal("0.1") : perMinor;
			perSerious = perSerious == null ? new BigDecimal("0.5") : perSerious;
			cap = cap == null ? new BigDecimal("3.0") : cap;
			months = months == null ? 12 : months;
		}
	}
}
