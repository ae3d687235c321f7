package org.tuoyu.health.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.health.ExaminationDue;
import org.tuoyu.health.ExaminationKind;
import org.tuoyu.health.HealthExaminations;
import org.tuoyu.health.HealthRules;
import org.tuoyu.health.HearingResult;
import org.tuoyu.health.Immunisation;
import org.tuoyu.health.ImmunisationStatus;
import org.tuoyu.health.Immunisations;
import org.tuoyu.health.NewExamination;
import org.tuoyu.health.NewImmunisation;
import org.tuoyu.health.StoredDocument;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.FormErrors;
import org.tuoyu.platform.web.StoredFiles;

/**
 * Pages of a child's health records: the institution's examinations (schedule, overdue list,
 * record form with the report) and immunisation statuses (with the certificate), and the
 * guardian's page of a child's checks and immunisation.
 */
@Controller
class HealthRecordController {

	private final CurrentUsers currentUsers;

	private final HealthExaminations examinations;

	private final Immunisations immunisations;

	private final PlacementManagement placements;

	private final FamilyManagement family;

	private final HealthRules rules;

	private final Clock clock;

	HealthRecordController(CurrentUsers currentUsers, HealthExaminations examinations, Immunisations immunisations,
			PlacementManagement placements, FamilyManagement family, HealthRules rules, Clock clock) {
		this.currentUsers = currentUsers;
		this.examinations = examinations;
		this.immunisations = immunisations;
		this.placements = placements;
		this.family = family;
		this.rules = rules;
		this.clock = clock;
	}

	/** An examination as entered (the report comes beside it). */
	record ExaminationForm(UUID childId, ExaminationKind kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate examinedOn, Boolean passed, String doctorName,
			String facility, HearingResult hearing, Integer haemoglobin, String note) {
	}

	/** An immunisation status as entered (the certificate comes beside it). */
	record ImmunisationForm(UUID childId, ImmunisationStatus status, String vaccines,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate catchUpDue,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn) {
	}

	@GetMapping("/org/health/examinations")
	String examinations(@RequestParam(required = false) UUID childId, Model model) {
		CurrentUser user = currentUsers.require();
		List<ExaminationDue> schedule = examinations.schedule(user);
		model.addAttribute("schedule", schedule);
		model.addAttribute("overdue", schedule.stream().filter(ExaminationDue::overdue).toList());
		model.addAttribute("children", placements.roster(user, user.scope().institutionId()));
		model.addAttribute("kinds", ExaminationKind.values());
		model.addAttribute("hearings", HearingResult.values());
		if (childId != null) {
			model.addAttribute("history", examinations.ofChild(user, childId));
		}
		if (!model.containsAttribute("examinationForm")) {
			model.addAttribute("examinationForm", new ExaminationForm(childId,
					childId == null ? ExaminationKind.ADMISSION : ExaminationKind.PERIODIC, LocalDate.now(clock),
					Boolean.TRUE, null, null, null, null, null));
		}
		return "health/examinations";
	}

	@PostMapping("/org/health/examinations")
	String recordExamination(@ModelAttribute("examinationForm") ExaminationForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile document, Model model, RedirectAttributes redirect)
			throws IOException {
		if (!result.hasErrors()) {
			try {
				examinations.record(currentUsers.require(), new NewExamination(form.childId(), form.kind(),
						form.examinedOn(), form.passed(), form.doctorName(), form.facility(), form.hearing(),
						form.haemoglobin(), form.note(), bytes(document)));
				redirect.addFlashAttribute("flash", "health.examination.saved");
				return "redirect:/org/health/examinations?childId=" + form.childId();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return examinations(null, model);
	}

	@GetMapping({ "/org/health/examinations/{id}/document", "/family/health/examinations/{id}/document" })
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		StoredDocument document = examinations.document(currentUsers.require(), id);
		return StoredFiles.inline(document.content(), document.contentType(), null);
	}

	@GetMapping("/org/health/immunisations")
	String immunisations(Model model) {
		CurrentUser user = currentUsers.require();
		Map<UUID, Immunisation> recorded = immunisations.ofInstitution(user)
			.stream()
			.collect(Collectors.toMap(Immunisation::childId, Function.identity()));
		model.addAttribute("recorded", recorded);
		model.addAttribute("children", placements.roster(user, user.scope().institutionId()));
		model.addAttribute("statuses", ImmunisationStatus.values());
		model.addAttribute("remindDays", rules.immunisation().remindDaysBefore());
		if (!model.containsAttribute("immunisationForm")) {
			model.addAttribute("immunisationForm",
					new ImmunisationForm(null, ImmunisationStatus.UP_TO_DATE, null, null, LocalDate.now(clock)));
		}
		return "health/immunisations";
	}

	@PostMapping("/org/health/immunisations")
	String recordImmunisation(@ModelAttribute("immunisationForm") ImmunisationForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile certificate, Model model, RedirectAttributes redirect)
			throws IOException {
		if (!result.hasErrors()) {
			try {
				immunisations.record(currentUsers.require(), new NewImmunisation(form.childId(), form.status(),
						form.vaccines(), form.catchUpDue(), form.recordedOn(), bytes(certificate)));
				redirect.addFlashAttribute("flash", "health.immunisation.saved");
				return "redirect:/org/health/immunisations";
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return immunisations(model);
	}

	@GetMapping({ "/org/health/immunisations/{childId}/certificate", "/family/children/{childId}/certificate" })
	ResponseEntity<byte[]> certificate(@PathVariable UUID childId) {
		StoredDocument certificate = immunisations.certificate(currentUsers.require(), childId);
		return StoredFiles.inline(certificate.content(), certificate.contentType(), null);
	}

	@GetMapping("/family/children/{childId}/health")
	String family(@PathVariable UUID childId, Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("record", family.child(user, childId));
		model.addAttribute("examinations", examinations.ofChild(user, childId));
		model.addAttribute("immunisation", immunisations.ofChild(user, childId).orElse(null));
		return "health/family";
	}

	private static byte[] bytes(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null : file.getBytes();
	}
}
