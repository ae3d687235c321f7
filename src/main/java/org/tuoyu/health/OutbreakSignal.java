package org.tuoyu.health;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An outbreak signal (疫情信号): the same symptom in one class reached a threshold of
 * {@link HealthRules.Outbreak}. Open until a district administrator records how it was handled.
 *
 * @param sameDayCount distinct children with the symptom on the last day counted
 * @param windowCount distinct children with the symptom within the window
 * @param cases the children and days behind the counts
 */
public record OutbreakSignal(UUID id, UUID institutionId, String institutionName, UUID classId, String className,
		Symptom symptom, LocalDate openedOn, int sameDayCount, int windowCount, boolean open, String handlingNote,
		String handledBy, OffsetDateTime handledAt, List<OutbreakCase> cases) {
}
