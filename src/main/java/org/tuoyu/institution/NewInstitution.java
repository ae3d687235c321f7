package org.tuoyu.institution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Registering an institution: its registry data, main site and the login of its administrator.
 */
public record NewInstitution(String name, String creditCode, RegistrationType registrationType, Ownership ownership,
		InstitutionCategory category, Set<ServiceForm> serviceForms, String headName, String contactPhone,
		boolean inclusive, BigDecimal inclusivePriceCap, LocalDate inclusiveValidUntil,
		DemonstrationLevel demonstrationLevel, NewSite mainSite, String adminUsername, String adminPassword) {
}
