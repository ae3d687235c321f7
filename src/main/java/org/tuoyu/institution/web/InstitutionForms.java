package org.tuoyu.institution.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.NewClass;
import org.tuoyu.institution.NewInstitution;
import org.tuoyu.institution.NewSite;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;

/**
 * Form records of the institution pages; the rules live in the facade and its policies.
 */
final class InstitutionForms {

	private InstitutionForms() {
	}

	/** Registering an institution (regulators). */
	record RegistrationForm(String name, String creditCode, RegistrationType registrationType, Ownership ownership,
			InstitutionCategory category, Set<ServiceForm> serviceForms, String headName, String contactPhone,
			Boolean inclusive, BigDecimal inclusivePriceCap,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inclusiveValidUntil,
			DemonstrationLevel demonstrationLevel, String siteName, String address, String divisionCode,
			BigDecimal latitude, BigDecimal longitude, Integer roomFloor, BigDecimal indoorArea, String communityCode,
			String adminUsername, String adminPassword) {

		static RegistrationForm empty(String division) {
			return new RegistrationForm("", "", RegistrationType.ENTERPRISE, Ownership.PRIVATE,
					InstitutionCategory.STANDALONE, Set.of(ServiceForm.FULL_DAY), "", "", false, null, null,
					DemonstrationLevel.NONE, "主园区", "", division, null, null, 1, null, "", "", "");
		}

		NewInstitution command() {
			return new NewInstitution(name, creditCode, registrationType, ownership, category, serviceForms, headName,
					contactPhone, Boolean.TRUE.equals(inclusive), inclusivePriceCap, inclusiveValidUntil, demonstrationLevel,
					new NewSite(siteName, address, divisionCode, latitude, longitude, roomFloor, indoorArea, communityCode),
					adminUsername, adminPassword);
		}
	}

	/** Inclusive approval and demonstration level (regulators). */
	record DesignationForm(Boolean inclusive, BigDecimal inclusivePriceCap,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inclusiveValidUntil,
			DemonstrationLevel demonstrationLevel) {
	}

	/** The institution's own profile. */
	record ProfileForm(String headName, String contactPhone, Set<ServiceForm> serviceForms) {
	}

	/** A community service point. Field names match {@link NewSite} so errors land on them. */
	record SiteForm(String name, String address, String divisionCode, BigDecimal latitude, BigDecimal longitude,
			Integer roomFloor, BigDecimal indoorArea, String communityCode) {

		NewSite command() {
			return new NewSite(name, address, divisionCode, latitude, longitude, roomFloor, indoorArea, communityCode);
		}
	}

	/** A class at one of the sites. */
	record ClassForm(UUID siteId, String name, ClassType type, Integer capacity) {

		NewClass command() {
			return new NewClass(siteId, name, type, capacity);
		}
	}

	/** A monthly fee. */
	record FeeForm(ClassType classType, org.tuoyu.institution.ServiceForm serviceForm, BigDecimal monthlyFee) {
	}
}
