package org.tuoyu.messaging.channels;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.tuoyu.platform.NotificationSent;

/**
 * Hears every notification the inbox stores, after its transaction committed and on another thread
 * (so the inbox write never waits for a gateway), and forwards it. Registered only when the
 * channel is enabled, so a platform without it records no event publications for it. It holds no
 * transaction: each outbox statement commits at once and none is open while the gateway answers.
 */
@Component
@ConditionalOnBooleanProperty("tuoyu.messaging.channels.enabled")
class NotificationForwarding {

	private final ChannelManagement channels;

	NotificationForwarding(ChannelManagement channels) {
		this.channels = channels;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(NotificationSent sent) {
		channels.forward(sent);
	}
}
