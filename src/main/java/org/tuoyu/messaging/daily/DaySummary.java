package org.tuoyu.messaging.daily;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A child's day at a glance: arrival and departure, the meals and how much was eaten, what was
 * drunk, the total time asleep (ended naps; {@code napping} while one goes on), nappies and toilet
 * visits, the moods in order, and the medicine given.
 */
public record DaySummary(OffsetDateTime arrivedAt, OffsetDateTime leftAt, List<MealEaten> meals, int drinks,
		int drinkMillilitres, int napMinutes, boolean napping, int wetNappies, int soiledNappies, int toiletVisits,
		List<Mood> moods, List<MedicineGiven> medicine) {

	/** A meal and how much of it the child ate. */
	public record MealEaten(Meal meal, Portion portion, String text) {
	}

	/** A dose given: which medication, how much, when and by whom. */
	public record MedicineGiven(String medication, String dose, OffsetDateTime at, String givenBy) {
	}

	/** Nappies changed and toilet visits together. */
	@JsonProperty
	public int nappies() {
		return wetNappies + soiledNappies + toiletVisits;
	}

	/** Whether nothing was recorded and the child did not come. */
	@JsonIgnore
	public boolean empty() {
		return arrivedAt == null && meals.isEmpty() && drinks == 0 && napMinutes == 0 && !napping && nappies() == 0
				&& moods.isEmpty() && medicine.isEmpty();
	}
}
