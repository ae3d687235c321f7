package org.tuoyu.institution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;

/**
 * A childcare institution's registry data.
 *
 * @param divisionCode the street/town of the main site, the data-scope key
 */
public record Institution(UUID id, String name, CreditCode creditCode, RegistrationType registrationType,
		Ownership ownership, InstitutionCategory category, Set<ServiceForm> serviceForms, String headName,
		String contactPhone, boolean inclusive, BigDecimal inclusivePriceCap, LocalDate inclusiveValidUntil,
		DemonstrationLevel demonstrationLevel, InstitutionStatus status, DivisionCode divisionCode) {

	/** Whether the inclusive status and its price cap apply on a day. */
	public boolean inclusiveOn(LocalDate day) {
		return inclusive && inclusiveValidUntil != null && !inclusiveValidUntil.isBefore(day);
	}
}
