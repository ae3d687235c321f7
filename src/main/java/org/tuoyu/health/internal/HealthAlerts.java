package org.tuoyu.health.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.CheckOutcome;
import org.tuoyu.health.CheckSession;
import org.tuoyu.health.IncidentType;
import org.tuoyu.health.Symptom;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Inbox;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

/**
 * Inbox messages of the health module. Session, symptom and outcome names go into the stored
 * arguments in Chinese, the language the city's guardians and officers read.
 */
@Component
public class HealthAlerts {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Inbox inbox;

	private final AccountManagement accounts;

	private final FamilyManagement family;

	private final MessageSource messages;

	HealthAlerts(Inbox inbox, AccountManagement accounts, FamilyManagement family, MessageSource messages) {
		this.inbox = inbox;
		this.accounts = accounts;
		this.family = family;
		this.messages = messages;
	}

	/** Tells every guardian of the child about an abnormal check. */
	public void abnormalCheck(UUID childId, String childName, CheckSession session, String temperature,
			Collection<Symptom> symptoms, CheckOutcome outcome) {
		String symptomNames = symptoms.isEmpty() ? chinese("health.symptom.none")
				: symptoms.stream().map(s -> chinese(s.messageKey())).collect(Collectors.joining("、"));
		for (UUID guardian : family.guardianAccounts(childId)) {
			inbox.send(guardian, "health.notification.abnormal", "/family", childName, chinese(session.messageKey()),
					temperature, symptomNames, chinese(outcome.messageKey()));
		}
	}

	/** Reminds every guardian of the child of the vaccinations to catch up and by when. */
	public void catchUpReminder(UUID childId, String childName, String vaccines, String due) {
		for (UUID guardian : family.guardianAccounts(childId)) {
			inbox.send(guardian, "health.notification.catchUp", "/family/children/" + childId + "/health", childName,
					vaccines, due);
		}
	}

	/**
	 * Tells every guardian of the child that a growth measurement was recorded, with a link to the
	 * growth record; {@code abnormal} when a finding is outside the normal range.
	 */
	public void measured(UUID childId, String childName, LocalDate measuredOn, boolean abnormal) {
		for (UUID guardian : family.guardianAccounts(childId)) {
			inbox.send(guardian, abnormal ? "growth.notification.measuredAbnormal" : "growth.notification.measured",
					"/family/children/" + childId + "/growth", childName, measuredOn.toString());
		}
	}

	/** Tells the institution's health workers and administrators and the district of a new signal. */
	public void signalOpened(UUID institutionId, String institutionName, DivisionCode division, String className,
			Symptom symptom, int sameDay, int window) {
		String[] arguments = { institutionName, className, chinese(symptom.messageKey()), String.valueOf(sameDay),
				String.valueOf(window) };
		for (UUID account : accounts.institutionAccounts(institutionId, Role.HEALTH_WORKER, Role.INSTITUTION_ADMIN)) {
			inbox.send(account, "health.notification.signal", "/org/health/signals", arguments);
		}
		for (UUID officer : accounts.officersCovering(division, Role.DISTRICT_ADMIN)) {
			inbox.send(officer, "health.notification.signal", "/admin/health/signals", arguments);
		}
	}

	/** Tells the district's administrators of a serious incident and its reporting deadline. */
	public void seriousIncident(String institutionName, DivisionCode division, IncidentType type,
			LocalDateTime occurredAt, LocalDateTime deadline) {
		for (UUID officer : accounts.officersCovering(division, Role.DISTRICT_ADMIN)) {
			inbox.send(officer, "health.notification.serious", "/admin/health/incidents", institutionName,
					chinese(type.messageKey()), occurredAt.format(MINUTES), deadline.format(MINUTES));
		}
	}

	private String chinese(String key) {
		return messages.getMessage(key, null, key, CHINESE);
	}
}
