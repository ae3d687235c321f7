package org.tuoyu.platform.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #cityTime}: dates and times shown in the city's zone, whatever the
 * JVM's default zone is (Thymeleaf's own {@code #temporals} uses the JVM's, and shows an
 * {@code OffsetDateTime} in whatever offset it carries). Templates use it instead of
 * {@code #temporals}; {@code ClockRuleTests} keeps it so.
 */
@Component
class CityTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "cityTime";

	private final ZoneId zone;

	CityTimeDialect(Clock clock) {
		super("City time");
		this.zone = clock.getZone();
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? new CityTime(zone, context.getLocale()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

	/** The {@code #cityTime} object of one template run. */
	public static final class CityTime {

		private final ZoneId zone;

		private final Locale locale;

		CityTime(ZoneId zone, Locale locale) {
			this.zone = zone;
			this.locale = locale;
		}

		/**
		 * Formats a date, time or moment with a {@link DateTimeFormatter} pattern; instants and
		 * zoned or offset moments are shown in the city's zone. {@code null} gives {@code null}.
		 */
		public String format(TemporalAccessor value, String pattern) {
			return value == null ? null : DateTimeFormatter.ofPattern(pattern, locale).format(inCity(value));
		}

		/** The short name of the day of the week in the page's language, e.g. 周一 or Mon. */
		public String dayOfWeekNameShort(TemporalAccessor value) {
			return value == null ? null
					: DayOfWeek.of(inCity(value).get(ChronoField.DAY_OF_WEEK)).getDisplayName(TextStyle.SHORT, locale);
		}

		private TemporalAccessor inCity(TemporalAccessor value) {
			if (value instanceof Instant instant) {
				return instant.atZone(zone);
			}
			if (value instanceof OffsetDateTime moment) {
				return moment.atZoneSameInstant(zone);
			}
			if (value instanceof ZonedDateTime moment) {
				return moment.withZoneSameInstant(zone);
			}
			return value;
		}
	}
}
