package org.tuoyu.platform.time;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's time zone: the one zone in which the platform reads "today", "now" and "this
 * month", runs its daily jobs, sets its database sessions and shows times (docs/decisions.md,
 * "One city clock"). Nothing depends on the machine's or the JVM's default zone.
 *
 * @param timeZone the city's zone, a region such as {@code Asia/Shanghai} (the default), never a
 *        bare offset, which would miss the city's rules and reads differently in SQL
 */
@ConfigurationProperties("tuoyu.city")
public record CityTimeSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {

	public CityTimeSettings {
		if (timeZone instanceof ZoneOffset) {
			throw new IllegalArgumentException(
					"tuoyu.city.time-zone must name a region such as Asia/Shanghai, not the offset " + timeZone);
		}
	}

	/**
	 * The statement that puts a database session on the city's zone, so that SQL turns instants
	 * into days (e.g. {@code checked_in_at::date}) as Java does.
	 */
	public String sessionStatement() {
		// A region id holds only letters, digits, '/', '_', '+' and '-': it cannot break the quotes.
		return "SET TIME ZONE '" + timeZone.getId() + "'";
	}
}
