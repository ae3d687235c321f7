package org.tuoyu.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's clock in tests: one per test JVM, shared by every Spring context and every
 * test, so that "today" is the same for the application and for the test that checks it.
 *
 * <p>It stands still at a chosen instant and moves only when a test moves it ({@link #set},
 * {@link #advance}) — except by one microsecond at each reading, so that records stamped one
 * after another keep their order. It starts at {@code -Dtuoyu.test.now} (or the environment
 * variable {@code TUOYU_TEST_NOW}; an instant such as {@code 2026-12-07T16:30:00Z}, an offset
 * date-time, or a city date-time such as {@code 2026-12-31T23:59:30}) and otherwise at the moment
 * the JVM started, printed once so that a failure can be replayed at the same instant.
 * {@link TestClockExtension} puts it back after a test that moved it.
 */
public final class TestClock extends Clock {

	/** The city's zone, as the application's default setting has it (docs/decisions.md). */
	public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final AtomicLong MICROS = new AtomicLong(micros(start()));

	private static final AtomicLong MOVES = new AtomicLong();

	private static final TestClock CITY_CLOCK = new TestClock(CITY);

	private final ZoneId zone;

	private TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** The shared clock in the city's zone. */
	public static TestClock get() {
		return CITY_CLOCK;
	}

	/** The city's day now. */
	public static LocalDate today() {
		return LocalDate.now(CITY_CLOCK);
	}

	/** The city's month now. */
	public static YearMonth thisMonth() {
		return YearMonth.now(CITY_CLOCK);
	}

	/** The moment now. */
	public static Instant now() {
		return CITY_CLOCK.instant();
	}

	/** The moment now with the city's offset, as SQL parameters take it. */
	public static OffsetDateTime nowInCity() {
		return OffsetDateTime.now(CITY_CLOCK);
	}

	/** The city's date and time now. */
	public static LocalDateTime cityNow() {
		return LocalDateTime.now(CITY_CLOCK);
	}

	/** Moves the clock to an instant. */
	public static void set(Instant instant) {
		MICROS.set(micros(instant));
		MOVES.incrementAndGet();
	}

	/** Moves the clock to a date and time in the city. */
	public static void setCityTime(LocalDateTime cityTime) {
		set(cityTime.atZone(CITY).toInstant());
	}

	/** Moves the clock forward (or back, for a negative duration). */
	public static void advance(Duration duration) {
		MICROS.addAndGet(duration.toNanos() / 1_000);
		MOVES.incrementAndGet();
	}

	/** How many times a test has moved the clock: {@link TestClockExtension} compares it. */
	static long moves() {
		return MOVES.get();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(this.zone) ? this : new TestClock(zone);
	}

	@Override
	public Instant instant() {
		return Instant.EPOCH.plus(MICROS.getAndIncrement(), ChronoUnit.MICROS);
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	private static Instant start() {
		String configured = System.getProperty("tuoyu.test.now", System.getenv("TUOYU_TEST_NOW"));
		Instant start = configured == null || configured.isBlank() ? Instant.now().truncatedTo(ChronoUnit.SECONDS)
				: parse(configured.strip());
		System.out.println("Test clock starts at " + ZonedDateTime.ofInstant(start, CITY)
				+ " (replay with -Dtuoyu.test.now=" + start + ")");
		return start;
	}

	private static Instant parse(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException notAnInstant) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException notOffset) {
				return LocalDateTime.parse(text).atZone(CITY).toInstant();
			}
		}
	}
}
