package org.tuoyu.attendance.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.attendance.AttendanceManagement;
import org.tuoyu.platform.CurrentUsers;

/**
 * The gate devices' API ({@code Authorization: Bearer tuoyu_dev_…}): check-ins and check-outs of
 * the device's institution's children only; any other child answers 404. A tap is a request
 * without a body, on a fixed path (found without scanning the path patterns).
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

	/** Checks in the child the card or face was recognised as, now. */
	@PostMapping("/check-ins")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void checkIn(@RequestParam UUID childId) {
		attendance.checkIn(currentUsers.require(), childId);
	}

	/** Checks the child out to the guardian or authorised pick-up person the device recognised. */
	@PostMapping("/check-outs")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void checkOut(@RequestParam UUID childId, @RequestParam(required = false) UUID pickedUpBy) {
		attendance.checkOut(currentUsers.require(), childId, pickedUpBy);
	}
}
