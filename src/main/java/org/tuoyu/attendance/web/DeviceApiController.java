package org.tuoyu.attendance.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

	/** A child the card or face was recognised as. */
	record Tap(UUID childId, UUID pickedUpBy) {
	}

	/** Checks the child in now. */
	@PostMapping("/check-ins")
	ResponseEntity<Void> checkIn(@RequestBody Tap tap) {
		attendance.checkIn(currentUsers.require(), tap.childId());
		return ResponseEntity.noContent().build();
	}

	/** Checks the child out to the guardian or authorised pick-up person the device recognised. */
	@PostMapping("/check-outs")
	ResponseEntity<Void> checkOut(@RequestBody Tap tap) {
		attendance.checkOut(currentUsers.require(), tap.childId(), tap.pickedUpBy());
		return ResponseEntity.noContent().build();
	}
}
