package org.tuoyu.platform.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.shared.Sex;

/**
 * Checks an identifier (resident ID, unified social credit code, division code, mobile number)
 * the way every form of the platform does, for integrators that validate before submitting.
 * Nothing is stored; resident IDs and phone numbers come back masked.
 */
@RestController
@RequestMapping("/api/v1/identifiers")
class IdentifierApiController {

	private final Clock clock;

	IdentifierApiController(Clock clock) {
		this.clock = clock;
	}

	enum IdentifierType {

		RESIDENT_ID, CREDIT_CODE, DIVISION_CODE, PHONE

	}

	record Check(@NotNull IdentifierType type, String value) {
	}

	/** A valid identifier, normalised (masked where personal) with what it encodes. */
	record Result(IdentifierType type, boolean valid, String normalised, LocalDate birthDate, Sex sex,
			DivisionLevel level) {
	}

	/** 200 with the normalised value, or 400 problem JSON naming the exact fault. */
	@PostMapping("/validation")
	Result validate(@Valid @RequestBody Check check) {
		return switch (check.type()) {
			case RESIDENT_ID -> {
				ResidentId id = ResidentId.of(check.value(), LocalDate.now(clock));
				yield new Result(check.type(), true, id.masked(), id.birthDate(), id.sex(), null);
			}
			case CREDIT_CODE -> new Result(check.type(), true, CreditCode.of(check.value()).value(), null, null, null);
			case DIVISION_CODE -> {
				DivisionCode code = DivisionCode.of(check.value());
				yield new Result(check.type(), true, code.value(), null, null, code.level());
			}
			case PHONE -> new Result(check.type(), true, PhoneNumber.of(check.value()).masked(), null, null, null);
		};
	}
}
