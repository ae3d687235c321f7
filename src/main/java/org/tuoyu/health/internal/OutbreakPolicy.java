package org.tuoyu.health.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tuoyu.health.HealthRules;

/**
 * When the same symptom in one class is an outbreak signal (DOMAIN §2): {@code sameDay} or more
 * distinct children with it today, or {@code windowCount} or more distinct children within
 * {@code windowDays} calendar days — today and the days before, whatever the hour a case was seen.
 */
public class OutbreakPolicy {

	private final HealthRules.Outbreak thresholds;

	public OutbreakPolicy(HealthRules.Outbreak thresholds) {
		this.thresholds = thresholds;
	}

	/** The first day of the window ending today. */
	public LocalDate windowStart(LocalDate today) {
		return today.minusDays(thresholds.windowDays() - 1L);
	}

	/**
	 * The signal the cases of one symptom in one class give today, if a threshold is reached.
	 * @param cases children seen with the symptom and the day of each sighting (any days)
	 */
	public Optional<Counts> evaluate(Collection<Case> cases, LocalDate today) {
		LocalDate first = windowStart(today);
		List<Case> inWindow = cases.stream()
			.filter(c -> !c.day().isBefore(first) && !c.day().isAfter(today))
			.distinct()
			.sorted(Comparator.comparing(Case::day).thenComparing(Case::childId))
			.toList();
		int sameDay = (int) inWindow.stream().filter(c -> c.day().equals(today)).map(Case::childId).distinct().count();
		int window = (int) inWindow.stream().map(Case::childId).distinct().count();
		if (sameDay >= thresholds.sameDay() || window >= thresholds.windowCount()) {
			return Optional.of(new Counts(sameDay, window, inWindow));
		}
		return Optional.empty();
	}

	/** A child seen with the symptom on a day. */
	public record Case(UUID childId, LocalDate day) {
	}

	/** Distinct children today and within the window, and the cases counted. */
	public record Counts(int sameDay, int window, List<Case> cases) {
	}
}
