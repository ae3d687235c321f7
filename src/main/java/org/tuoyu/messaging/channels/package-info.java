/**
 * Outbound notification channels: every notification that reaches a guardian's inbox may also go
 * out through the city's SMS or WeChat gateway ({@link org.tuoyu.messaging.channels.OutboundChannel},
 * over HTTP with a signed body), off by default. Each guardian chooses which kinds go out and their
 * quiet hours; deliveries wait in an outbox through quiet hours, are retried with backoff and kept.
 */
package org.tuoyu.messaging.channels;
