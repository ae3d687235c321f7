package org.tuoyu.messaging.daily.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.messaging.daily.ChildDay;
import org.tuoyu.messaging.daily.ClassSheet;
import org.tuoyu.messaging.daily.DailyClass;
import org.tuoyu.messaging.daily.DailyReportManagement;
import org.tuoyu.messaging.daily.EntryValues;
import org.tuoyu.messaging.daily.NewDose;
import org.tuoyu.messaging.daily.NewEntries;
import org.tuoyu.messaging.daily.NewMedicineRequest;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of the daily report: the institution's staff record and correct entries and give
 * medicine, guardians read their children's days and write medicine requests. Times are the city's
 * (e.g. {@code 2026-12-07T11:30}); a child or class out of reach answers 404, a role that never
 * has the action 403.
 */
@RestController
@RequestMapping("/api/v1/daily")
class DailyReportApiController {

	private final CurrentUsers currentUsers;

	private final DailyReportManagement daily;

	DailyReportApiController(CurrentUsers currentUsers, DailyReportManagement daily) {
		this.currentUsers = currentUsers;
		this.daily = daily;
	}

	record Recorded(List<UUID> ids) {
	}

	record Withdrawal(String reason) {
	}

	record NapEnd(List<UUID> childIds, LocalDateTime at) {
	}

	@Operation(summary = "The classes the signed-in member of staff records for (caregivers: those assigned to them)")
	@GetMapping("/classes")
	List<DailyClass> classes() {
		return daily.classes(currentUsers.require());
	}

	@Operation(summary = "A class's day (default today): its children, those here first, with arrival and departure from "
			+ "attendance and the entries, and the medicine requests; the read is audited")
	@GetMapping("/classes/{classId}")
	ClassSheet classSheet(@PathVariable UUID classId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return daily.classSheet(currentUsers.require(), classId, day);
	}

	@Operation(summary = "Record one entry for each chosen child in one statement, e.g. {\"childIds\":[…],\"kind\":\"MEAL\","
			+ "\"at\":\"2026-12-07T11:30\",\"meal\":\"LUNCH\",\"portion\":\"MOST\"}; kinds MEAL (meal, portion), DRINK "
			+ "(millilitres or drinkAmount), NAP (endsAt optional), NAPPY (nappy), MOOD (mood), ACTIVITY and NOTE (text), "
			+ "MEDICINE (medicineRequestId of the guardian's request, one child). Every child must be in a class the user "
			+ "records for, or nothing is written (404)")
	@PostMapping("/entries")
	@ResponseStatus(HttpStatus.CREATED)
	Recorded record(@RequestBody NewEntries entries) {
		return new Recorded(daily.record(currentUsers.require(), entries));
	}

	@Operation(summary = "Withdraw one of your own entries of today (an optional reason); it stays, marked withdrawn")
	@PostMapping("/entries/{id}/withdrawal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable UUID id, @RequestBody(required = false) Withdrawal withdrawal) {
		daily.withdraw(currentUsers.require(), id, withdrawal == null ? null : withdrawal.reason());
	}

	@Operation(summary = "Correct one of your own entries of today with the values of the same kind; the earlier entry "
			+ "stays, marked corrected")
	@PostMapping("/entries/{id}/correction")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> correct(@PathVariable UUID id, @RequestBody EntryValues values) {
		return Map.of("id", daily.correct(currentUsers.require(), id, values));
	}

	@Operation(summary = "End the naps of the chosen children who are asleep, at \"at\" (default now)")
	@PostMapping("/naps/end")
	Map<String, Integer> endNaps(@RequestBody NapEnd end) {
		return Map.of("woken", daily.endNaps(currentUsers.require(), end.childIds(), end.at()));
	}

	@Operation(summary = "A child's day (default today) for its guardians or staff who reach it: the timeline in time "
			+ "order with arrival and departure, the summary, the medicine requests and the earlier days; audited")
	@GetMapping("/children/{childId}")
	ChildDay childDay(@PathVariable UUID childId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return daily.childDay(currentUsers.require(), childId, day);
	}

	@Operation(summary = "A guardian's written medicine request for a placed child: {\"childId\",\"day\",\"medication\","
			+ "\"dose\",\"times\":[\"12:00\"],\"note\"} (day from today to 6 days ahead, 1–6 times)")
	@PostMapping("/medicine-requests")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> requestMedicine(@RequestBody NewMedicineRequest request) {
		return Map.of("id", daily.requestMedicine(currentUsers.require(), request));
	}

	@Operation(summary = "A guardian withdraws a medicine request before any dose was given")
	@PostMapping("/medicine-requests/{id}/cancellation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancelMedicineRequest(@PathVariable UUID id) {
		daily.cancelMedicineRequest(currentUsers.require(), id);
	}

	@Operation(summary = "Staff record a dose given against a medicine request, by the signed-in user, at \"at\" (default "
			+ "now): on the request's day, until every requested time has its dose")
	@PostMapping("/medicine-requests/{id}/doses")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> giveMedicine(@PathVariable UUID id, @RequestBody(required = false) NewDose dose) {
		return Map.of("id", daily.giveMedicine(currentUsers.require(), id, dose == null ? new NewDose(null, null) : dose));
	}
}
