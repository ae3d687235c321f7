package org.tuoyu.guidance.sessions;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;

import org.tuoyu.guidance.register.RegisteredChild;

/**
 * How bookings are placed and sessions ranked for a family: a seat while seats are left, else the
 * waitlist; sessions in the child's community first, then its street, then the rest of the area,
 * those whose topic suits the child's age first among equally near ones, then the soonest.
 */
final class BookingPolicy {

	private BookingPolicy() {
	}

	/** A seat while the session has one left, else a place on the waitlist. */
	static BookingStatus place(int booked, int capacity) {
		return booked < capacity ? BookingStatus.BOOKED : BookingStatus.WAITLISTED;
	}

	/**
	 * How near a session's division is to the child's home: 0 the same community, 1 the same
	 * street, 2 elsewhere.
	 */
	static int nearness(String sessionDivision, String home) {
		if (home == null) {
			return 2;
		}
		if (sessionDivision.equals(home)) {
			return 0;
		}
		if (sessionDivision.length() >= 9 && home.length() >= 9
				&& sessionDivision.substring(0, 9).equals(home.substring(0, 9))) {
			return 1;
		}
		return 2;
	}

	/** Where a child of the register lives: its community, or its street when the community is not known. */
	static String home(RegisteredChild child) {
		return child.communityCode() != null ? child.communityCode() : child.divisionCode();
	}

	/** The child's age in whole months on a day. */
	static int ageMonths(LocalDate birthDate, LocalDate on) {
		return (int) Math.max(0, Period.between(birthDate, on).toTotalMonths());
	}

	/** Nearest first, then those suiting the child's age, then the soonest. */
	static Comparator<SessionChoice> ranking() {
		return Comparator.comparingInt(SessionChoice::nearness)
			.thenComparing(SessionChoice::suitsAge, Comparator.reverseOrder())
			.thenComparing(choice -> choice.session().startsAt());
	}
}
