package org.tuoyu.attendance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tuoyu.attendance.AttendanceReports;
import org.tuoyu.attendance.MonthlyAttendance;
import org.tuoyu.attendance.RollEntry;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.platform.web.XlsxTables;

/** The daily roll and the monthly attendance: pages and Excel for the institution, JSON for the API. */
@Controller
class AttendanceReportController {

	private final CurrentUsers currentUsers;

	private final AttendanceReports reports;

	private final Texts texts;

	private final Clock clock;

	AttendanceReportController(CurrentUsers currentUsers, AttendanceReports reports, Texts texts, Clock clock) {
		this.currentUsers = currentUsers;
		this.reports = reports;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/org/attendance/roll")
	String roll(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		CurrentUser user = currentUsers.require();
		LocalDate shown = day == null ? LocalDate.now(clock) : day;
		model.addAttribute("roll", reports.roll(user, user.scope().institutionId(), shown));
		model.addAttribute("day", shown);
		return "attendance/roll";
	}

	@GetMapping("/org/attendance/roll.xlsx")
	ResponseEntity<byte[]> rollWorkbook(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		CurrentUser user = currentUsers.require();
		LocalDate shown = day == null ? LocalDate.now(clock) : day;
		List<List<Object>> rows = reports.roll(user, user.scope().institutionId(), shown)
			.stream()
			.map(e -> Arrays.<Object>asList(e.className(), e.childName(), time(e.checkedInAt()), time(e.checkedOutAt()),
					e.pickedUpBy(), e.late() ? texts.text("attendance.late") : null,
					e.absence() != null ? texts.text(e.absence().messageKey())
							: e.missing() ? texts.text("attendance.roll.missing") : null))
			.toList();
		return XlsxTables.download("roll-" + shown + ".xlsx", shown.toString(), texts.texts("enrollment.offer.class",
				"family.child.name", "attendance.roll.in", "attendance.roll.out", "attendance.roll.pickedUpBy",
				"attendance.late", "attendance.roll.absence"), rows);
	}

	@GetMapping("/org/attendance/monthly")
	String monthly(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		CurrentUser user = currentUsers.require();
		YearMonth shown = month == null ? YearMonth.now(clock) : month;
		List<MonthlyAttendance> rows = reports.monthly(user, user.scope().institutionId(), shown);
		model.addAttribute("rows", rows);
		model.addAttribute("month", shown);
		model.addAttribute("totalAttended", rows.stream().mapToInt(MonthlyAttendance::daysAttended).sum());
		model.addAttribute("totalWorking", rows.stream().mapToInt(MonthlyAttendance::workingDays).sum());
		return "attendance/monthly";
	}

	@GetMapping("/org/attendance/monthly.xlsx")
	ResponseEntity<byte[]> monthlyWorkbook(
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		CurrentUser user = currentUsers.require();
		YearMonth shown = month == null ? YearMonth.now(clock) : month;
		List<List<Object>> rows = reports.monthly(user, user.scope().institutionId(), shown)
			.stream()
			.map(m -> Arrays.<Object>asList(m.className(), m.childName(), m.daysAttended(), m.workingDays(),
					m.daysAbsent(), m.ratePercent()))
			.toList();
		return XlsxTables.download("attendance-" + shown + ".xlsx", shown.toString(), texts.texts("enrollment.offer.class",
				"family.child.name", "attendance.monthly.attended", "attendance.monthly.working", "attendance.monthly.absent",
				"attendance.monthly.rate"), rows);
	}

	/** A day's roll of an institution (default: the user's own). */
	@GetMapping("/api/v1/attendance/roll")
	@ResponseBody
	List<RollEntry> rollApi(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return reports.roll(user, institutionId != null ? institutionId : user.scope().institutionId(), day);
	}

	/** A month's attendance per child of an institution (default: the user's own). */
	@GetMapping("/api/v1/attendance/monthly")
	@ResponseBody
	List<MonthlyAttendance> monthlyApi(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return reports.monthly(user, institutionId != null ? institutionId : user.scope().institutionId(), month);
	}

	private static String time(OffsetDateTime at) {
		return at == null ? null : at.toLocalTime().withSecond(0).withNano(0).toString();
	}
}
