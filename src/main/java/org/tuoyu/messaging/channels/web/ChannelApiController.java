package org.tuoyu.messaging.channels.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.messaging.channels.ChannelManagement;
import org.tuoyu.messaging.channels.ChannelPreferences;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of a guardian's notification channel preferences (other roles: 403). Bad quiet hours
 * answer a 422 problem naming the field, with nothing written.
 */
@RestController
@RequestMapping("/api/v1/notification-preferences")
class ChannelApiController {

	private final CurrentUsers currentUsers;

	private final ChannelManagement channels;

	ChannelApiController(CurrentUsers currentUsers, ChannelManagement channels) {
		this.currentUsers = currentUsers;
		this.channels = channels;
	}

	@Operation(summary = "The guardian's choices of notifications sent outside the app (SMS or WeChat) and quiet hours; "
			+ "until changed, everything with quiet hours 21:00-07:30")
	@GetMapping
	ChannelPreferences preferences() {
		return channels.preferences(currentUsers.require());
	}

	@Operation(summary = "Change them: {\"messages\",\"dailySummary\",\"announcements\",\"photos\",\"others\",\"quietHours\":"
			+ "true|false,\"quietFrom\":\"21:00\",\"quietUntil\":\"07:30\"} (city time; the window may span midnight, "
			+ "its start and end differ). Deliveries falling in quiet hours go out when they end")
	@PutMapping
	ChannelPreferences change(@RequestBody ChannelPreferences preferences) {
		return channels.change(currentUsers.require(), preferences);
	}
}
