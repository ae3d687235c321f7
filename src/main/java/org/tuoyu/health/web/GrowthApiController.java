package org.tuoyu.health.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.health.GrowthAssessment;
import org.tuoyu.health.GrowthMeasurement;
import org.tuoyu.health.GrowthStandards;
import org.tuoyu.health.LengthMethod;
import org.tuoyu.health.ZScore;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.shared.Sex;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public growth calculator: z-scores of the WHO Child Growth Standards for one measurement.
 * No login, limited per client ({@code tuoyu.public.rate.*}), nothing stored.
 */
@RestController
@RequestMapping("/api/v1/growth")
@Tag(name = "Growth standards", description = "WHO Child Growth Standards (2006) z-scores — public, nothing stored")
class GrowthApiController {

	private final GrowthStandards standards;

	private final Texts texts;

	GrowthApiController(GrowthStandards standards, Texts texts) {
		this.standards = standards;
		this.texts = texts;
	}

	/** A measurement; any of the measures may be left out. */
	record ZScoreRequest(@Schema(example = "MALE") Sex sex, @Schema(example = "2025-06-01") LocalDate birthDate,
			@Schema(example = "2026-06-01") LocalDate measuredOn, @Schema(example = "9.6") BigDecimal weightKg,
			@Schema(example = "75.7") BigDecimal lengthCm,
			@Schema(description = "LYING or STANDING; left out: lying under 731 days, standing from then on") LengthMethod lengthMethod,
			@Schema(example = "46.1") BigDecimal headCircumferenceCm) {
	}

	/** The age in days and one result per indicator, {@code null} where it is not covered. */
	record ZScoreResponse(int ageDays, IndicatorResult weightForAge, IndicatorResult lengthForAge,
			IndicatorResult weightForLength, IndicatorResult bmiForAge, IndicatorResult headCircumferenceForAge) {
	}

	@PostMapping("/z-scores")
	@SecurityRequirements
	@Operation(summary = "Z-scores of one measurement (WHO Child Growth Standards)",
			description = "Weight-for-age, length/height-for-age, weight-for-length/height, BMI-for-age and head "
					+ "circumference-for-age at the exact age in days (measuredOn − birthDate), as WHO's anthro software "
					+ "computes them: a standing height under 731 days gets +0.7 cm, a lying length from 731 days −0.7 cm; "
					+ "beyond ±3 the weight-based indicators use WHO's adjusted z-score; z rounded to 2 decimals. "
					+ "An indicator is null where a measure is missing or the standard does not cover it (age from "
					+ "1,827 days; weight-for-length outside 45–110 cm, weight-for-height outside 65–120 cm). "
					+ "No login; each client may send 60 requests a minute (then 429 with Retry-After). Nothing is stored.")
	@ApiResponse(responseCode = "200", description = "The z-scores")
	@ApiResponse(responseCode = "400", description = "A value of the wrong format, named by its field (problem JSON)")
	@ApiResponse(responseCode = "422",
			description = "A missing or implausible value, named by its field, with a specific message (problem JSON)")
	@ApiResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
	ZScoreResponse zScores(@RequestBody ZScoreRequest request) {
		GrowthAssessment result = standards.assess(new GrowthMeasurement(request.sex(), request.birthDate(),
				request.measuredOn(), request.weightKg(), request.lengthCm(), request.lengthMethod(),
				request.headCircumferenceCm()));
		return new ZScoreResponse(result.ageDays(), view(result.weightForAge()), view(result.lengthForAge()),
				view(result.weightForLength()), view(result.bmiForAge()), view(result.headCircumferenceForAge()));
	}

	private IndicatorResult view(ZScore score) {
		return IndicatorResult.of(score, texts);
	}
}
