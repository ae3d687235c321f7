package org.tuoyu.messaging.channels;

/**
 * Sends notifications outside the app: SMS or WeChat templates through the city's gateway. The
 * platform's implementation posts to the gateway over HTTP ({@link HttpOutboundChannel}); another
 * gateway is another implementation.
 */
public interface OutboundChannel {

	/**
	 * Sends one message; returning means the gateway accepted it.
	 *
	 * @throws DeliveryFailedException the gateway refused it or could not be reached (it is retried)
	 */
	void deliver(OutboundMessage message) throws DeliveryFailedException;

	/** A delivery that did not succeed, with the reason recorded on it. */
	class DeliveryFailedException extends Exception {

		public DeliveryFailedException(String reason, Throwable cause) {
			super(reason, cause);
		}
	}
}
