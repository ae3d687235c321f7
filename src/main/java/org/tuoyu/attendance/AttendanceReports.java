package org.tuoyu.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.attendance.internal.AttendanceRows;
import org.tuoyu.attendance.internal.AttendanceRows.RollRow;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.InstitutionDetail;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.WorkingDays;

/**
 * Attendance reports of an institution in the user's scope: a day's roll per class and a month's
 * attendance per child (days attended against the working days of the city's calendar while the
 * child was placed).
 */
@Service
public class AttendanceReports {

	private final AttendanceRows rows;

	private final InstitutionManagement institutions;

	private final EnrollmentRecordManagement placements;

	private final WorkingDays workingDays;

	private final AuditLog audit;

	private final Clock clock;

	AttendanceReports(AttendanceRows rows, InstitutionManagement institutions, EnrollmentRecordManagement placements,
			WorkingDays workingDays, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.institutions = institutions;
		this.placements = placements;
		this.workingDays = workingDays;
		this.audit = audit;
		this.clock = clock;
	}

	/** The day's roll: every visit, then the children placed who did not come (absent or missing), by class. */
	@Transactional
	public List<RollEntry> roll(CurrentUser user, UUID institutionId, LocalDate day) {
		InstitutionDetail detail = institutions.detail(user, institutionId);
		Map<UUID, List<RollRow>> visits = new HashMap<>();
		rows.roll(institutionId, day).forEach(r -> visits.computeIfAbsent(r.visit().childId(), k -> new ArrayList<>()).add(r));
		Map<UUID, List<EnrollmentRecord>> placedByClass = new LinkedHashMap<>();
		detail.classes().forEach(c -> placedByClass.put(c.id(), placements.placedIn(c.id())));
		List<UUID> ids = placedByClass.values().stream().flatMap(List::stream).map(EnrollmentRecord::childId).toList();
		Map<UUID, Absence> absences = ids.isEmpty() ? Map.of() : rows.absencesOn(ids, day);
		List<RollEntry> roll = new ArrayList<>();
		for (CareClass careClass : detail.classes()) {
			for (EnrollmentRecord record : placedByClass.get(careClass.id())) {
				if (record.startDate().isAfter(day)) {
					continue;
				}
				List<RollRow> mine = visits.getOrDefault(record.childId(), List.of());
				if (mine.isEmpty()) {
					Absence absence = absences.get(record.childId());
					roll.add(new RollEntry(careClass.id(), careClass.name(), record.childId(), record.childName(), null, null,
							null, false, absence == null ? null : absence.reason()));
				}
				for (RollRow visit : mine) {
					roll.add(new RollEntry(careClass.id(), careClass.name(), record.childId(), record.childName(),
							zoned(visit.visit().checkedInAt()), zoned(visit.visit().checkedOutAt()),
							visit.visit().pickedUpBy(), visit.visit().late(), null));
				}
			}
		}
		audit.record(AuditEntry.of("attendance.roll.read", "institution", institutionId)
			.in(detail.institution().divisionCode())
			.withDetails(day.toString()));
		return roll;
	}

	/** The month's attendance per child placed at any time in the month, by class and child. */
	@Transactional
	public List<MonthlyAttendance> monthly(CurrentUser user, UUID institutionId, YearMonth month) {
		InstitutionDetail detail = institutions.detail(user, institutionId);
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		LocalDate today = LocalDate.now(clock);
		Map<UUID, Integer> attended = rows.daysAttended(institutionId, first, last);
		List<EnrollmentRecord> records = placements.covering(user, institutionId, month);
		Map<UUID, List<Absence>> absences = new HashMap<>();
		if (!records.isEmpty()) {
			rows.absencesBetween(records.stream().map(EnrollmentRecord::childId).toList(), first, last)
				.forEach(a -> absences.computeIfAbsent(a.childId(), k -> new ArrayList<>()).add(a));
		}
		Set<LocalDate> workingDaysOfMonth = new HashSet<>();
		for (LocalDate d = first; !d.isAfter(last) && !d.isAfter(today); d = d.plusDays(1)) {
			if (workingDays.isWorkingDay(d)) {
				workingDaysOfMonth.add(d);
			}
		}
		List<MonthlyAttendance> result = new ArrayList<>();
		for (EnrollmentRecord record : records) {
			LocalDate from = record.startDate().isAfter(first) ? record.startDate() : first;
			LocalDate to = record.endDate() != null && record.endDate().isBefore(last) ? record.endDate() : last;
			if (to.isAfter(today)) {
				to = today;
			}
			int working = 0;
			int absent = 0;
			List<Absence> own = absences.getOrDefault(record.childId(), List.of());
			for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
				if (workingDaysOfMonth.contains(d)) {
					working++;
					LocalDate day = d;
					absent += own.stream().anyMatch(a -> !day.isBefore(a.firstDay()) && !day.isAfter(a.lastDay())) ? 1 : 0;
				}
			}
			result.add(new MonthlyAttendance(record.classId(), record.className(), record.childId(), record.childName(),
					month, attended.getOrDefault(record.childId(), 0), working, absent));
		}
		audit.record(AuditEntry.of("attendance.monthly.read", "institution", institutionId)
			.in(detail.institution().divisionCode())
			.withDetails(month.toString()));
		return result;
	}

	private OffsetDateTime zoned(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
	}
}
