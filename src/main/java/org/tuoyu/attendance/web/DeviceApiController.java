package org.tuoyu.attendance.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.attendance.AttendanceManagement;
import org.tuoyu.platform.CurrentUsers;

/**
 * The gate devices' API ({@code Authorization: Bearer tuoyu_dev_…}): check-ins and check-outs of
 * the device's institution's children only; any other child answers 404.
 */
@RestController
@RequestMapping("/api/v1/devices")
class DeviceApiController {

	private final CurrentUsers currentUsers;

	private final AttendanceManagement attendance;

	DeviceApiController(CurrentUsers currentUsers, AttendanceManagement attendance) {
		this.currentUsers = currentUsers;
		this.attendance = attendance;
	}

	/** Checks in the child the card or face was recognised as, now (no body: a tap is a path). */
	@PostMapping("/children/{childId}/check-in")
	ResponseEntity<Void> checkIn(@PathVariable UUID childId) {
		attendance.checkIn(currentUsers.require(), childId);
		return ResponseEntity.noContent().build();
	}

	/** Checks the child out to the guardian or authorised pick-up person the device recognised. */
	@PostMapping("/children/{childId}/check-out")
	ResponseEntity<Void> checkOut(@PathVariable UUID childId, @RequestParam(required = false) UUID pickedUpBy) {
		attendance.checkOut(currentUsers.require(), childId, pickedUpBy);
		return ResponseEntity.noContent().build();
	}
}
