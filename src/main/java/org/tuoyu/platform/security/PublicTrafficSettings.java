package org.tuoyu.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on anonymous traffic (the directory and public pages).
 *
 * @param maxConcurrent public requests served at once; 0 means four per processor core
 * @param maxWait how long a request waits for a slot before it is answered 503
 */
@ConfigurationProperties("tuoyu.public-traffic")
public record PublicTrafficSettings(@DefaultValue("0") int maxConcurrent, @DefaultValue("2s") Duration maxWait) {

	/** The number of slots to use on this machine. */
	public int slots() {
		return maxConcurrent > 0 ? maxConcurrent : 4 * Runtime.getRuntime().availableProcessors();
	}
}
