package org.tuoyu.messaging.channels;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.messaging.channels.ChannelRows.DeliveryRow;
import org.tuoyu.messaging.channels.OutboundChannel.DeliveryFailedException;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotificationSent;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;

/**
 * Notifications outside the app. When enabled, each notification stored in a guardian's inbox that
 * the guardian wants sent out ({@link ChannelPreferences}) goes into an outbox and through the
 * {@link OutboundChannel}: at once, or when the guardian's quiet hours end. A failed attempt is
 * retried with backoff ({@link RetryPolicy}) by a job every minute; after the last attempt the
 * delivery is kept as failed with its error. Nothing here ever delays or undoes the inbox itself.
 * Guardians choose their preferences; changes are audited.
 */
@Service
public class ChannelManagement {

	private static final Logger log = LoggerFactory.getLogger(ChannelManagement.class);

	/** The language of the text sent out: the city's. */
	private static final Locale CITY_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final ChannelRows rows;

	private final ChannelSettings settings;

	private final OutboundChannel channel;

	private final RetryPolicy retries;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	ChannelManagement(ChannelRows rows, ChannelSettings settings, OutboundChannel channel, AccountManagement accounts,
			MessageSource messages, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.settings = settings;
		this.channel = channel;
		this.retries = new RetryPolicy(settings.firstRetry(), settings.longestRetry(), settings.maxAttempts());
		this.accounts = accounts;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** The guardian's choices: their own, or the defaults (everything, quiet 21:00–07:30). */
	@Transactional(readOnly = true)
	public ChannelPreferences preferences(CurrentUser user) {
		requireGuardian(user);
		return preferencesOf(user);
	}

	/**
	 * Changes the guardian's choices.
	 *
	 * @throws BusinessRuleException quiet hours without a start or end, or with the same start and end
	 */
	@Transactional
	public ChannelPreferences change(CurrentUser user, ChannelPreferences preferences) {
		requireGuardian(user);
		if (preferences == null) {
			throw new BusinessRuleException("quietFrom", "messaging.channels.quiet.required");
		}
		QuietHoursPolicy.check(preferences);
		rows.savePreferences(user.accountId(), preferences, OffsetDateTime.now(clock));
		audit.record(AuditEntry.of("messaging.channels.preferences.change", "account", user.accountId())
			.withDetails(preferences.toString()));
		return preferences;
	}

	/** Whether notifications go out at all ({@code tuoyu.messaging.channels.enabled}). */
	public boolean enabled() {
		return settings.enabled();
	}

	/**
	 * Forwards a stored notification when the channel is on, the recipient is a guardian and wants
	 * its kind: into the outbox (once, however often the event comes), then out at once unless the
	 * guardian's quiet hours hold it.
	 */
	public void forward(NotificationSent sent) {
		if (!settings.enabled() || sent.role() != Role.GUARDIAN) {
			return;
		}
		NotificationKind kind = NotificationKind.of(sent.messageKey());
		ChannelPreferences preferences = rows.preferences(sent.accountId()).orElseGet(settings::defaultPreferences);
		if (!preferences.allows(kind)) {
			return;
		}
		Instant now = clock.instant();
		Instant due = QuietHoursPolicy.deliverAt(preferences, now.atZone(clock.getZone())).toInstant();
		java.util.UUID id = UuidV7.next();
		if (rows.enqueue(id, sent.notificationId(), sent.accountId(), kind, text(sent), sent.link(), sent.sentAt(), due)
				&& !due.isAfter(now)) {
			rows.claim(id, now, leaseEnd(now)).ifPresent(this::attempt);
		}
	}

	/**
	 * Sends the deliveries that are due — held through quiet hours or waiting for a retry — each
	 * claimed by one node (every minute by default).
	 *
	 * @return the deliveries attempted
	 */
	@Scheduled(cron = "${tuoyu.messaging.channels.send-cron:30 * * * * *}", zone = "${tuoyu.city.time-zone}")
	public int sendDue() {
		if (!settings.enabled()) {
			return 0;
		}
		Instant now = clock.instant();
		List<DeliveryRow> due = rows.claimDue(settings.batchSize(), now, leaseEnd(now));
		due.forEach(this::attempt);
		return due.size();
	}

	private void attempt(DeliveryRow delivery) {
		Optional<String> mobile = accounts.guardianMobile(delivery.accountId());
		try {
			channel.deliver(new OutboundMessage(delivery.id(), delivery.accountId(), mobile.orElse(null), delivery.kind(),
					delivery.text(), delivery.link(), delivery.createdAt().toInstant()));
			rows.sent(delivery.id(), clock.instant());
		}
		catch (DeliveryFailedException | RuntimeException ex) {
			String error = shortened(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			Optional<Instant> next = retries.nextAttempt(delivery.attempts(), clock.instant());
			if (next.isPresent()) {
				rows.retry(delivery.id(), next.get(), error);
				log.info("Outbound delivery {} failed (attempt {}), next at {}: {}", delivery.id(), delivery.attempts(),
						next.get(), error);
			}
			else {
				rows.failed(delivery.id(), error);
				log.warn("Outbound delivery {} failed for good after {} attempts: {}", delivery.id(), delivery.attempts(),
						error);
			}
		}
	}

	/** The notification's text as the inbox shows it in the city's language. */
	private String text(NotificationSent sent) {
		try {
			return messages.getMessage(sent.messageKey(), sent.arguments().toArray(), CITY_LANGUAGE);
		}
		catch (NoSuchMessageException ex) {
			return sent.messageKey();
		}
	}

	/** Until when an attempt holds its delivery: long enough for the gateway to answer or time out. */
	private Instant leaseEnd(Instant now) {
		return now.plus(settings.timeout().multipliedBy(2)).plusSeconds(60);
	}

	private ChannelPreferences preferencesOf(CurrentUser user) {
		return rows.preferences(user.accountId()).orElseGet(settings::defaultPreferences);
	}

	private static void requireGuardian(CurrentUser user) {
		if (user.role() != Role.GUARDIAN) {
			throw new AccessDeniedException(user.role() + " has no notification channel preferences");
		}
	}

	private static String shortened(String error) {
		return error.length() > 500 ? error.substring(0, 500) : error;
	}
}
