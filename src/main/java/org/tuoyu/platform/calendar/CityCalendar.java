package org.tuoyu.platform.calendar;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.shared.DayKind;
import org.tuoyu.shared.WorkingDayCalendar;

/**
 * The working-day calendar kept by the city administrator: weekends plus the holiday and
 * adjusted-workday table.
 */
@Service
public class CityCalendar implements WorkingDays {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CityCalendar(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isWorkingDay(LocalDate day) {
		return calendar().isWorkingDay(day);
	}

	@Override
	@Transactional(readOnly = true)
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		return calendar().plusWorkingDays(start, days);
	}

	/** The exceptions of one year, in date order. */
	@Transactional(readOnly = true)
	public List<CalendarDay> exceptionsOf(int year) {
		return jdbc.sql("SELECT day, kind, note FROM platform_calendar_day WHERE extract(year FROM day) = :year ORDER BY day")
			.param("year", year)
			.query((rs, n) -> new CalendarDay(rs.getDate("day").toLocalDate(), DayKind.valueOf(rs.getString("kind")),
					rs.getString("note")))
			.list();
	}

	/** Adds or replaces the exception for one day, after checking it changes something. */
	@Transactional
	public void put(CalendarDay day) {
		boolean weekend = day.day().getDayOfWeek().getValue() >= 6;
		if (day.kind() == DayKind.HOLIDAY && weekend) {
			throw new BusinessRuleException("day", "calendar.holidayOnWeekend");
		}
		if (day.kind() == DayKind.WORKDAY && !weekend) {
			throw new BusinessRuleException("day", "calendar.workdayOnWeekday");
		}
		String note = day.note() == null ? "" : day.note().trim();
		if (note.length() > 50) {
			throw new BusinessRuleException("note", "calendar.noteTooLong", 50);
		}
		jdbc.sql("""
				INSERT INTO platform_calendar_day (day, kind, note) VALUES (:day, :kind, :note)
				ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note, updated_at = :now
				""").param("now", OffsetDateTime.now(clock)).param("day", Date.valueOf(day.day())).param("kind", day.kind().name()).param("note", note).update();
		audit.record(AuditEntry.of("CALENDAR_DAY_SET", "calendar_day", day.day()).withDetails(day.kind() + " " + note));
	}

	@Transactional
	public void remove(LocalDate day) {
		jdbc.sql("DELETE FROM platform_calendar_day WHERE day = :day").param("day", Date.valueOf(day)).update();
		audit.record(AuditEntry.of("CALENDAR_DAY_REMOVED", "calendar_day", day));
	}

	private WorkingDayCalendar calendar() {
		Map<LocalDate, DayKind> exceptions = jdbc.sql("SELECT day, kind FROM platform_calendar_day")
			.query((rs, n) -> Map.entry(rs.getDate("day").toLocalDate(), DayKind.valueOf(rs.getString("kind"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new WorkingDayCalendar(exceptions);
	}
}
