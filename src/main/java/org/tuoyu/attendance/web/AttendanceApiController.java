package org.tuoyu.attendance.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.attendance.Absence;
import org.tuoyu.attendance.AttendanceManagement;
import org.tuoyu.attendance.ClassDay;
import org.tuoyu.attendance.GateDevice;
import org.tuoyu.attendance.GateDevices;
import org.tuoyu.attendance.LiveRatio;
import org.tuoyu.attendance.NewAbsence;
import org.tuoyu.attendance.RatioBreach;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;

/** JSON API of daily attendance (institution staff), absences (guardians) and ratio breaches (officers). */
@RestController
@RequestMapping("/api/v1")
class AttendanceApiController {

	private final CurrentUsers currentUsers;

	private final AttendanceManagement attendance;

	private final GateDevices devices;

	AttendanceApiController(CurrentUsers currentUsers, AttendanceManagement attendance, GateDevices devices) {
		this.devices = devices;
		this.currentUsers = currentUsers;
		this.attendance = attendance;
	}

	record Created(UUID id) {
	}

	/** A child to check in. */
	record CheckIn(UUID childId) {
	}

	/** A child to check out, and the guardian or authorised pick-up person (id) taking them. */
	record CheckOut(UUID childId, UUID pickedUpBy) {
	}

	/** Someone not authorised who asked to take the child. */
	record RefusedPickup(UUID childId, String personName) {
	}

	/** How an unexplained absence was followed up. */
	record FollowUp(UUID childId, String note) {
	}

	/** A class's day: children with status, caregivers, live ratio. */
	@GetMapping("/attendance/classes/{classId}")
	ClassDay classDay(@PathVariable UUID classId) {
		return attendance.classDay(currentUsers.require(), classId);
	}

	/** Checks a child in now. */
	@PostMapping("/attendance/check-ins")
	ResponseEntity<Void> checkIn(@RequestBody CheckIn request) {
		attendance.checkIn(currentUsers.require(), request.childId());
		return ResponseEntity.noContent().build();
	}

	/** Checks a child out to a guardian or an authorised pick-up person. */
	@PostMapping("/attendance/check-outs")
	ResponseEntity<Void> checkOut(@RequestBody CheckOut request) {
		attendance.checkOut(currentUsers.require(), request.childId(), request.pickedUpBy());
		return ResponseEntity.noContent().build();
	}

	/** Records a refused pick-up; the guardians are told. */
	@PostMapping("/attendance/refused-pickups")
	ResponseEntity<Void> refuse(@RequestBody RefusedPickup request) {
		attendance.refusePickup(currentUsers.require(), request.childId(), request.personName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/attendance/follow-ups")
	ResponseEntity<Void> followUp(@RequestBody FollowUp request) {
		attendance.followUp(currentUsers.require(), request.childId(), request.note());
		return ResponseEntity.noContent().build();
	}

	/** Checks a caregiver assigned to the class in to it. */
	@PostMapping("/attendance/classes/{classId}/caregivers/{personId}/check-in")
	ResponseEntity<Void> staffIn(@PathVariable UUID classId, @PathVariable UUID personId) {
		attendance.staffCheckIn(currentUsers.require(), classId, personId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/attendance/classes/{classId}/caregivers/{personId}/check-out")
	ResponseEntity<Void> staffOut(@PathVariable UUID classId, @PathVariable UUID personId) {
		attendance.staffCheckOut(currentUsers.require(), classId, personId);
		return ResponseEntity.noContent().build();
	}

	/** The live ratio of every class of an institution (default: the user's own). */
	@GetMapping("/attendance/ratios")
	List<ClassRatio> ratios(@RequestParam(required = false) UUID institutionId) {
		CurrentUser user = currentUsers.require();
		return attendance.liveRatios(user, institutionId != null ? institutionId : user.scope().institutionId())
			.entrySet()
			.stream()
			.map(e -> new ClassRatio(e.getKey().id(), e.getKey().name(), e.getValue()))
			.toList();
	}

	/** A class's live ratio. */
	record ClassRatio(UUID classId, String className, LiveRatio ratio) {
	}

	/** Ratio breaches of the last days that lasted longer than the reporting threshold, in scope. */
	@GetMapping("/attendance/breaches")
	List<RatioBreach> breaches(@RequestParam(defaultValue = "7") int days) {
		return attendance.reportableBreaches(currentUsers.require(), Math.max(1, Math.min(days, 92)));
	}

	/** A new gate device's name; the answer carries its token, shown this once. */
	record NewDevice(String name) {
	}

	record DeviceToken(String token) {
	}

	/** Creates a gate device of the administrator's institution. */
	@PostMapping("/attendance/devices")
	ResponseEntity<DeviceToken> createDevice(@RequestBody NewDevice device) {
		return ResponseEntity.status(201).body(new DeviceToken(devices.create(currentUsers.require(), device.name())));
	}

	@GetMapping("/attendance/devices")
	List<GateDevice> devices() {
		return devices.list(currentUsers.require());
	}

	@PostMapping("/attendance/devices/{id}/revoke")
	ResponseEntity<Void> revokeDevice(@PathVariable UUID id) {
		devices.revoke(currentUsers.require(), id);
		return ResponseEntity.noContent().build();
	}

	/** Reports an absence of one of the guardian's children. */
	@PostMapping("/family/absences")
	ResponseEntity<Created> reportAbsence(@RequestBody NewAbsence absence) {
		return ResponseEntity.status(201).body(new Created(attendance.reportAbsence(currentUsers.require(), absence)));
	}

	@GetMapping("/family/absences")
	List<Absence> absences() {
		return attendance.absences(currentUsers.require());
	}
}
