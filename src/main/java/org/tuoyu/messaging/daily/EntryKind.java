package org.tuoyu.messaging.daily;

/**
 * What a line of a child's day records. Arrival and departure come from attendance's check-in and
 * check-out and are never recorded here; medicine only against a guardian's request.
 */
public enum EntryKind {

	/** 入园: checked in (from attendance) */
	ARRIVAL(false),
	/** 离园: checked out (from attendance) */
	DEPARTURE(false),
	/** 进餐: which meal and how much of it was eaten */
	MEAL(true),
	/** 饮水: millilitres, or little / enough / much */
	DRINK(true),
	/** 午睡: from when, until when (open while the child sleeps) */
	NAP(true),
	/** 如厕/换尿布: wet, soiled, used the toilet */
	NAPPY(true),
	/** 情绪 */
	MOOD(true),
	/** 活动: what the child did */
	ACTIVITY(true),
	/** 备注 */
	NOTE(true),
	/** 服药: a dose given against a guardian's request */
	MEDICINE(true);

	private final boolean recorded;

	EntryKind(boolean recorded) {
		this.recorded = recorded;
	}

	/** Whether staff record it (arrival and departure come from attendance). */
	public boolean recorded() {
		return recorded;
	}

	public String messageKey() {
		return "messaging.daily.kind." + name();
	}
}
