package org.tuoyu.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A measurement in a child's growth record with the z-scores stored when it was recorded.
 *
 * @param lengthMethod how the length was measured ({@code null} without a length)
 * @param measuredBy the name of who recorded it
 * @param institutionId where it was measured
 * @param institutionName the institution's name
 * @param recordedAt when it was recorded
 * @param assessment the z-scores as the standard named in each gave them on recording
 */
public record RecordedMeasurement(UUID id, LocalDate measuredOn, int ageDays, BigDecimal weightKg, BigDecimal lengthCm,
		LengthMethod lengthMethod, BigDecimal headCircumferenceCm, String measuredBy, UUID institutionId,
		String institutionName, OffsetDateTime recordedAt, GrowthAssessment assessment) {

	/** The z-scores that were evaluated, in the order of {@link GrowthIndicator}. */
	public List<ZScore> scores() {
		return Arrays.stream(GrowthIndicator.values())
			.map(i -> assessment.of(i).orElse(null))
			.filter(Objects::nonNull)
			.toList();
	}

	/** Whether any z-score was implausible (stored after the user confirmed it). */
	public boolean implausible() {
		return scores().stream().anyMatch(ZScore::implausible);
	}

	/** Whether any z-score is outside its indicator's normal range. */
	public boolean abnormal() {
		return scores().stream().anyMatch(z -> z.classification() != GrowthClassification.NORMAL);
	}

	/** The same measurement with the institution's name filled in. */
	public RecordedMeasurement at(String name) {
		return new RecordedMeasurement(id, measuredOn, ageDays, weightKg, lengthCm, lengthMethod, headCircumferenceCm,
				measuredBy, institutionId, name, recordedAt, assessment);
	}
}
