package org.tuoyu.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Closure rules ({@code tuoyu.supervision.closures.*}).
 *
 * @param searchRadiusM how far from the closing institution's main site new places are looked for
 *        (default 3,000 m; never beyond the directory's largest radius)
 * @param maxReason the longest reason accepted, in characters (default 1,000)
 */
@ConfigurationProperties("tuoyu.supervision.closures")
public record ClosureSettings(@DefaultValue("3000") int searchRadiusM, @DefaultValue("1000") int maxReason) {

	public ClosureSettings {
		if (searchRadiusM < 100 || maxReason < 1) {
			throw new IllegalArgumentException("tuoyu.supervision.closures needs search-radius-m ≥ 100 and max-reason ≥ 1");
		}
	}
}
