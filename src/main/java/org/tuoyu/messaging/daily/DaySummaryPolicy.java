package org.tuoyu.messaging.daily;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.tuoyu.messaging.daily.DaySummary.MealEaten;
import org.tuoyu.messaging.daily.DaySummary.MedicineGiven;

/**
 * How a day's timeline adds up: the first arrival and the last departure (none while the child is
 * still here), every meal with its portion, drinks counted and their measured millilitres added,
 * the minutes of ended naps added (a nap still going on shows as napping), nappies and toilet
 * visits counted by kind, moods in order, and each dose given. Corrected and withdrawn entries
 * do not count.
 */
final class DaySummaryPolicy {

	private DaySummaryPolicy() {
	}

	static DaySummary summarise(List<DailyEntry> timeline) {
		OffsetDateTime arrived = null;
		OffsetDateTime left = null;
		boolean here = false;
		List<MealEaten> meals = new ArrayList<>();
		List<Mood> moods = new ArrayList<>();
		List<MedicineGiven> medicine = new ArrayList<>();
		int drinks = 0;
		int millilitres = 0;
		int napMinutes = 0;
		boolean napping = false;
		int wet = 0;
		int soiled = 0;
		int toilet = 0;
		for (DailyEntry entry : timeline) {
			if (!entry.active()) {
				continue;
			}
			switch (entry.kind()) {
				case ARRIVAL -> {
					arrived = arrived == null ? entry.at() : arrived;
					here = true;
				}
				case DEPARTURE -> {
					left = entry.at();
					here = false;
				}
				case MEAL -> meals.add(new MealEaten(entry.meal(), entry.portion(), entry.text()));
				case DRINK -> {
					drinks++;
					millilitres += entry.millilitres() == null ? 0 : entry.millilitres();
				}
				case NAP -> {
					napping |= entry.napping();
					napMinutes += entry.napMinutes() == null ? 0 : entry.napMinutes();
				}
				case NAPPY -> {
					switch (entry.nappy()) {
						case WET -> wet++;
						case SOILED -> soiled++;
						case TOILET -> toilet++;
					}
				}
				case MOOD -> moods.add(entry.mood());
				case MEDICINE -> medicine
					.add(new MedicineGiven(entry.medication(), entry.dose(), entry.at(), entry.recordedByName()));
				default -> {
				}
			}
		}
		return new DaySummary(arrived, here ? null : left, List.copyOf(meals), drinks, millilitres, napMinutes, napping,
				wet, soiled, toilet, List.copyOf(moods), List.copyOf(medicine));
	}
}
