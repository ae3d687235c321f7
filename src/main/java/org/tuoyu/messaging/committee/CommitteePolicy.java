package org.tuoyu.messaging.committee;

import java.time.LocalDate;

import org.tuoyu.platform.BusinessRuleException;

/**
 * The committee's rules: a committee has one chair (主任) at a time, invited or serving; a guardian
 * is invited once at a time; only an open invitation is answered; minutes are of a meeting held (not
 * a day ahead, not more than {@link #MINUTES_YEARS_BACK} years back) with a title of at most
 * {@link #MAX_TITLE}, attendees of at most {@link #MAX_ATTENDEES} and a text of at most
 * {@link #MAX_TEXT} characters; a public text is at most {@link #MAX_TEXT} characters.
 */
final class CommitteePolicy {

	static final int MAX_TITLE = 100;

	static final int MAX_ATTENDEES = 500;

	static final int MAX_TEXT = 5000;

	static final int MINUTES_YEARS_BACK = 5;

	private CommitteePolicy() {
	}

	/**
	 * Checks an invitation.
	 *
	 * @param chairTaken whether the committee has a chair invited or serving
	 * @param alreadyIn whether the guardian is invited or serving
	 */
	static void checkInvitation(CommitteeRole role, boolean chairTaken, boolean alreadyIn) {
		if (role == null) {
			throw new BusinessRuleException("role", "messaging.committee.field.required");
		}
		if (alreadyIn) {
			throw new BusinessRuleException("guardianAccountId", "messaging.committee.invite.already");
		}
		if (role == CommitteeRole.CHAIR && chairTaken) {
			throw new BusinessRuleException("role", "messaging.committee.invite.chairTaken");
		}
	}

	/** Checks an answer: only an open invitation is accepted or declined. */
	static void checkAnswer(MembershipStatus status) {
		if (status != MembershipStatus.INVITED) {
			throw new BusinessRuleException(null, "messaging.committee.answer.closed");
		}
	}

	/** Minutes as they will be stored, texts stripped. */
	static NewMinutes check(NewMinutes minutes, LocalDate today) {
		if (minutes.metOn() == null) {
			throw new BusinessRuleException("metOn", "messaging.committee.field.required");
		}
		if (minutes.metOn().isAfter(today)) {
			throw new BusinessRuleException("metOn", "messaging.committee.minutes.future");
		}
		if (minutes.metOn().isBefore(today.minusYears(MINUTES_YEARS_BACK))) {
			throw new BusinessRuleException("metOn", "messaging.committee.minutes.tooOld", MINUTES_YEARS_BACK);
		}
		return new NewMinutes(minutes.metOn(), text("title", minutes.title(), MAX_TITLE),
				text("attendees", minutes.attendees(), MAX_ATTENDEES), text("text", minutes.text(), MAX_TEXT));
	}

	/** A required text, stripped and bounded. */
	static String text(String field, String raw, int max) {
		String text = raw == null ? "" : raw.strip();
		if (text.isEmpty()) {
			throw new BusinessRuleException(field, "messaging.committee.field.required");
		}
		if (text.length() > max) {
			throw new BusinessRuleException(field, "messaging.committee.field.length", max);
		}
		return text;
	}
}
