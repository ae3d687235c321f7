package org.tuoyu.health.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.health.GrowthRecord;
import org.tuoyu.health.GrowthRecords;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.NewMeasurement;
import org.tuoyu.health.RecordedMeasurement;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.shared.Sex;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of the child's growth record: its measurements with z-scores, and recording one. */
@RestController
@RequestMapping("/api/v1/health/children/{childId}/growth")
@Tag(name = "Growth record", description = "A child's growth measurements (成长档案) with WHO 2006 z-scores")
class GrowthRecordApiController {

	private final CurrentUsers currentUsers;

	private final GrowthRecords records;

	private final Texts texts;

	GrowthRecordApiController(CurrentUsers currentUsers, GrowthRecords records, Texts texts) {
		this.currentUsers = currentUsers;
		this.records = records;
		this.texts = texts;
	}

	/** A measurement to record; any of the measures may be left out, at least one is needed. */
	record MeasurementRequest(@Schema(example = "2026-11-20") LocalDate measuredOn,
			@Schema(example = "10.2") BigDecimal weightKg, @Schema(example = "78.5") BigDecimal lengthCm,
			@Schema(description = "LYING or STANDING; left out: lying under 731 days, standing from then on") LengthMethod lengthMethod,
			@Schema(example = "46.5") BigDecimal headCircumferenceCm,
			@Schema(description = "true after being told a z-score is implausible and measuring again; default false") Boolean confirmed) {
	}

	/** A stored measurement with one result per indicator evaluated. */
	record MeasurementResponse(UUID id, LocalDate measuredOn, int ageDays, BigDecimal weightKg, BigDecimal lengthCm,
			LengthMethod lengthMethod, BigDecimal headCircumferenceCm, String measuredBy, String institutionName,
			OffsetDateTime recordedAt, boolean implausible, List<IndicatorResult> indicators) {
	}

	/** The child and its measurements, oldest first. */
	record GrowthRecordResponse(UUID childId, String childName, Sex sex, LocalDate birthDate,
			List<MeasurementResponse> measurements) {
	}

	@GetMapping
	@Operation(summary = "A child's growth record",
			description = "Every measurement, oldest first, with the z-scores stored when it was recorded and the standard "
					+ "and tables they came from. For the child's guardians, staff of its current institution and officers "
					+ "whose area covers that institution; anyone else gets 404. Every read is audited and shown to the "
					+ "guardians.")
	@ApiResponse(responseCode = "200", description = "The record")
	@ApiResponse(responseCode = "404", description = "No such child in the user's scope (problem JSON)")
	GrowthRecordResponse record(@PathVariable UUID childId) {
		GrowthRecord record = records.measurements(currentUsers.require(), childId);
		return new GrowthRecordResponse(record.childId(), record.childName(), record.sex(), record.birthDate(),
				record.measurements().stream().map(this::view).toList());
	}

	@PostMapping
	@Operation(summary = "Record a growth measurement",
			description = "By a health worker, caregiver or administrator of the child's current institution, with the "
					+ "child's sex and birth date from its family record. Values no child under six can measure are refused "
					+ "with the field named; a z-score beyond WHO's plausible bounds is refused on field `confirmed` "
					+ "(code growth.record.implausible) until the request repeats it with `confirmed: true`, when it is "
					+ "stored flagged.")
	@ApiResponse(responseCode = "201", description = "The stored measurement with its z-scores")
	@ApiResponse(responseCode = "404", description = "No such child placed at the user's institution (problem JSON)")
	@ApiResponse(responseCode = "422",
			description = "A missing or out-of-range value, or an implausible one not confirmed, named by its field (problem JSON)")
	ResponseEntity<MeasurementResponse> add(@PathVariable UUID childId, @RequestBody MeasurementRequest request) {
		RecordedMeasurement stored = records.record(currentUsers.require(), childId,
				new NewMeasurement(request.measuredOn(), request.weightKg(), request.lengthCm(), request.lengthMethod(),
						request.headCircumferenceCm(), Boolean.TRUE.equals(request.confirmed())));
		return ResponseEntity.status(201).body(view(stored));
	}

	private MeasurementResponse view(RecordedMeasurement m) {
		return new MeasurementResponse(m.id(), m.measuredOn(), m.ageDays(), m.weightKg(), m.lengthCm(), m.lengthMethod(),
				m.headCircumferenceCm(), m.measuredBy(), m.institutionName(), m.recordedAt(), m.implausible(),
				m.scores().stream().map(z -> IndicatorResult.of(z, texts)).toList());
	}
}
