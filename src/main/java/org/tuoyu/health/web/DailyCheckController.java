package org.tuoyu.health.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.health.CheckOutcome;
import org.tuoyu.health.CheckSession;
import org.tuoyu.health.CheckSheet;
import org.tuoyu.health.DailyCheck;
import org.tuoyu.health.HealthManagement;
import org.tuoyu.health.NewDailyCheck;
import org.tuoyu.health.Symptom;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;

/**
 * The tablet page of morning and noon checks: a class's children with one quick-entry row each,
 * and the re-examinations page.
 */
@Controller
class DailyCheckController {

	private static final LocalTime NOON_FROM = LocalTime.of(11, 0);

	private final CurrentUsers currentUsers;

	private final HealthManagement health;

	private final PlacementManagement placements;

	private final Clock clock;

	DailyCheckController(CurrentUsers currentUsers, HealthManagement health, PlacementManagement placements,
			Clock clock) {
		this.currentUsers = currentUsers;
		this.health = health;
		this.placements = placements;
		this.clock = clock;
	}

	/** One child's row as entered. */
	record CheckForm(UUID childId, UUID classId, CheckSession session, BigDecimal temperature, Set<Symptom> symptoms,
			String note, CheckOutcome outcome) {

		static CheckForm of(UUID classId, CheckSession session, UUID childId, DailyCheck check) {
			return check == null ? new CheckForm(childId, classId, session, null, Set.of(), null, CheckOutcome.ATTEND)
					: new CheckForm(childId, classId, session, check.temperature(), check.symptoms(), check.note(),
							check.outcome());
		}

		public boolean has(Symptom symptom) {
			return symptoms != null && symptoms.contains(symptom);
		}
	}

	/**
	 * A row of the page: the child, its check if done, the values shown in its form and, for the
	 * row just rejected, the fields in error.
	 */
	record Row(CheckSheet.Row child, CheckForm form, boolean failed, Set<String> errorFields) {
	}

	/** A re-examination as entered. */
	record ReexaminationForm(UUID childId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate examinedOn,
			Boolean passed, String note) {
	}

	@GetMapping("/org/health/checks")
	String checks(@RequestParam(required = false) UUID classId, @RequestParam(required = false) CheckSession session,
			Model model) {
		return page(classId, session, null, model);
	}

	@PostMapping("/org/health/checks")
	String record(@ModelAttribute("checkForm") CheckForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				DailyCheck check = health.recordCheck(currentUsers.require(), new NewDailyCheck(form.childId(),
						form.session(), form.temperature(), form.symptoms(), form.note(), form.outcome()));
				redirect.addFlashAttribute("flash", check.abnormal() ? "health.check.savedAbnormal" : "health.check.saved");
				redirect.addAttribute("classId", form.classId());
				redirect.addAttribute("session", form.session());
				// back to the same row, so the caregiver goes on down the class
				return "redirect:/org/health/checks#child-" + form.childId();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		Set<String> errorFields = result.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
		return page(form.classId(), form.session(), new Row(null, form, true, errorFields), model);
	}

	@GetMapping("/org/health/reexaminations")
	String reexaminations(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("reexaminations", health.reexaminations(user));
		model.addAttribute("children", placements.roster(user, user.scope().institutionId()));
		if (!model.containsAttribute("reexaminationForm")) {
			model.addAttribute("reexaminationForm", new ReexaminationForm(null, LocalDate.now(clock), Boolean.TRUE, null));
		}
		return "health/reexaminations";
	}

	@PostMapping("/org/health/reexaminations")
	String recordReexamination(@ModelAttribute("reexaminationForm") ReexaminationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				health.recordReexamination(currentUsers.require(), form.childId(), form.examinedOn(),
						Boolean.TRUE.equals(form.passed()), form.note());
				redirect.addFlashAttribute("flash", "health.reexamination.saved");
				return "redirect:/org/health/reexaminations";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return reexaminations(model);
	}

	private String page(UUID classId, CheckSession session, Row failed, Model model) {
		CurrentUser user = currentUsers.require();
		if (classId == null) {
			model.addAttribute("classes", health.classes(user));
			return "health/classes";
		}
		CheckSession shown = session != null ? session
				: LocalTime.now(clock).isBefore(NOON_FROM) ? CheckSession.MORNING : CheckSession.NOON;
		CheckSheet sheet = health.checkSheet(user, classId, shown);
		List<Row> rows = sheet.rows()
			.stream()
			.map(r -> failed != null && r.childId().equals(failed.form().childId())
					? new Row(r, failed.form(), true, failed.errorFields())
					: new Row(r, CheckForm.of(classId, shown, r.childId(), r.check()), false, Set.of()))
			.toList();
		model.addAttribute("sheet", sheet);
		model.addAttribute("rows", rows);
		model.addAttribute("sessions", CheckSession.values());
		model.addAttribute("symptoms", Symptom.values());
		model.addAttribute("outcomes", CheckOutcome.values());
		return "health/checks";
	}
}
