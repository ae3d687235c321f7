package org.tuoyu.messaging.channels;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each message as JSON to the configured gateway URL with the JDK's HTTP client. The gateway
 * checks who sent it: {@code X-Tuoyu-Timestamp} is the time in epoch seconds and
 * {@code X-Tuoyu-Signature} is {@code sha256=} and the hex HMAC-SHA256, keyed with the shared
 * secret, of the timestamp, a dot and the body; {@code X-Tuoyu-Delivery} is the delivery's id, the
 * same on every attempt. Any answer but 2xx, a timeout or no connection is a failed attempt.
 */
@Component
class HttpOutboundChannel implements OutboundChannel {

	static final String SIGNATURE = "X-Tuoyu-Signature";

	static final String TIMESTAMP = "X-Tuoyu-Timestamp";

	static final String DELIVERY = "X-Tuoyu-Delivery";

	private final ChannelSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient client;

	HttpOutboundChannel(ChannelSettings settings, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.json = json;
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public void deliver(OutboundMessage message) throws DeliveryFailedException {
		String body = json.writeValueAsString(message);
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(settings.url())
			.timeout(settings.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header(TIMESTAMP, timestamp)
			.header(SIGNATURE, "sha256=" + sign(settings.secret(), timestamp + "." + body))
			.header(DELIVERY, message.id().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 != 2) {
				throw new DeliveryFailedException("HTTP " + response.statusCode(), null);
			}
		}
		catch (IOException ex) {
			throw new DeliveryFailedException(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailedException("interrupted", ex);
		}
	}

	/** The hex HMAC-SHA256 of the text keyed with the secret. */
	static String sign(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}
}
