package org.tuoyu.institution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public directory ({@code tuoyu.directory.*}).
 *
 * @param city the division whose streets the directory offers as starting points
 * @param defaultRadiusM the 15-minute circle: a site this close (straight line) is reachable
 * @param maxRadiusM the largest radius a search may ask for
 */
@ConfigurationProperties("tuoyu.directory")
public record DirectoryRules(@DefaultValue("3202") String city, @DefaultValue("1000") int defaultRadiusM,
		@DefaultValue("20000") int maxRadiusM) {
}
