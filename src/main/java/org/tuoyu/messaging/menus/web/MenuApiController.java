package org.tuoyu.messaging.menus.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.institution.ClassType;
import org.tuoyu.messaging.menus.ChildMenus;
import org.tuoyu.messaging.menus.ClassMenuDay;
import org.tuoyu.messaging.menus.MenuManagement;
import org.tuoyu.messaging.menus.MenuWeek;
import org.tuoyu.messaging.menus.WeekDraft;
import org.tuoyu.messaging.menus.WeekSummary;
import org.tuoyu.platform.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;

/**
 * JSON API of weekly menus and plans. A week is named by its class type (INFANT, TODDLER,
 * OLDER_TODDLER, MIXED, FAMILY_POINT) and its Monday (any day of the week stands for it). The
 * institution's administrator and health worker write and publish, its staff read, guardians read
 * the published weeks of their child's class type. A class or child out of reach answers 404, a role
 * that never has the action 403, bad input 422 problem JSON naming the field.
 */
@RestController
@RequestMapping("/api/v1/menus")
class MenuApiController {

	private final CurrentUsers currentUsers;

	private final MenuManagement menus;

	MenuApiController(CurrentUsers currentUsers, MenuManagement menus) {
		this.currentUsers = currentUsers;
		this.menus = menus;
	}

	@Operation(summary = "The institution's written weeks from four weeks ago on, with their status and what they hold")
	@GetMapping("/weeks")
	List<WeekSummary> weeks() {
		return menus.weeks(currentUsers.require());
	}

	@Operation(summary = "A week of a class type, draft or published (no id and no days when not written yet)")
	@GetMapping("/weeks/{type}/{weekStart}")
	MenuWeek week(@PathVariable ClassType type,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart) {
		return menus.week(currentUsers.require(), type, weekStart);
	}

	@Operation(summary = "Write a week's menu and plan, replacing what it said: {\"days\":[{\"day\":\"2026-12-07\","
			+ "\"meals\":{\"LUNCH\":[{\"name\":\"番茄炒蛋\",\"ingredients\":[\"番茄\",\"鸡蛋\"]}]},\"theme\":\"认识冬天\","
			+ "\"activities\":\"…\",\"goals\":\"…\"}]}; meals BREAKFAST, MORNING_SNACK, LUNCH, AFTERNOON_SNACK, SUPPER. "
			+ "A new week is a draft; a published one stays published")
	@PutMapping("/weeks/{type}/{weekStart}")
	MenuWeek save(@PathVariable ClassType type,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart, @RequestBody WeekDraft draft) {
		return menus.save(currentUsers.require(), type, weekStart, draft);
	}

	@Operation(summary = "Start a week not written yet as a draft copy of the week before")
	@PostMapping("/weeks/{type}/{weekStart}/copy")
	@ResponseStatus(HttpStatus.CREATED)
	MenuWeek copy(@PathVariable ClassType type,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart) {
		return menus.copyPrevious(currentUsers.require(), type, weekStart);
	}

	@Operation(summary = "Publish a written week to the families of the class type's children")
	@PostMapping("/weeks/{type}/{weekStart}/publication")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void publish(@PathVariable ClassType type,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart) {
		menus.publish(currentUsers.require(), type, weekStart);
	}

	@Operation(summary = "A class's menu of a day (default today) with the allergens of its children each dish contains "
			+ "and the children allergic to something on it; each child's allergies read is audited")
	@GetMapping("/classes/{classId}")
	ClassMenuDay classDay(@PathVariable UUID classId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return menus.classDay(currentUsers.require(), classId, day);
	}

	@Operation(summary = "A guardian's child's published menus and plans of this week and next, dishes containing the "
			+ "child's allergens marked")
	@GetMapping("/children/{childId}")
	ChildMenus child(@PathVariable UUID childId) {
		return menus.childMenus(currentUsers.require(), childId);
	}
}
