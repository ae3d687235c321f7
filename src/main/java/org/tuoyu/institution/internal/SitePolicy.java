package org.tuoyu.institution.internal;

import java.math.BigDecimal;

import org.tuoyu.institution.InstitutionRules;
import org.tuoyu.institution.NewSite;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.InvalidValueException;

/**
 * Where a site may be: in a street/town, at plausible coordinates, children's rooms on the ground
 * floor up to the configured floor (never underground), and a service point in the same county as
 * the main site (一照多址).
 */
public final class SitePolicy {

	private static final BigDecimal MIN_LATITUDE = new BigDecimal("3");

	private static final BigDecimal MAX_LATITUDE = new BigDecimal("54");

	private static final BigDecimal MIN_LONGITUDE = new BigDecimal("73");

	private static final BigDecimal MAX_LONGITUDE = new BigDecimal("136");

	private SitePolicy() {
	}

	/**
	 * @param mainSiteDivision the main site's street for a service point, {@code null} for the main site
	 * @return the site's street division
	 */
	public static DivisionCode check(InstitutionRules rules, NewSite site, DivisionCode mainSiteDivision) {
		if (blank(site.name()) || site.name().trim().length() > 100) {
			throw new BusinessRuleException("name", "institution.site.nameRequired");
		}
		if (blank(site.address()) || site.address().trim().length() > 200) {
			throw new BusinessRuleException("address", "institution.site.addressRequired");
		}
		DivisionCode division;
		try {
			division = DivisionCode.of(site.divisionCode());
		}
		catch (InvalidValueException ex) {
			throw new BusinessRuleException("divisionCode", ex.messageKey(), ex.arguments());
		}
		if (division.level() != DivisionLevel.STREET) {
			throw new BusinessRuleException("divisionCode", "institution.site.streetRequired");
		}
		if (site.latitude() == null || site.longitude() == null || outside(site.latitude(), MIN_LATITUDE, MAX_LATITUDE)
				|| outside(site.longitude(), MIN_LONGITUDE, MAX_LONGITUDE)) {
			throw new BusinessRuleException("latitude", "institution.site.coordinates");
		}
		if (site.roomFloor() == null) {
			throw new BusinessRuleException("roomFloor", "institution.site.floorRequired");
		}
		if (site.roomFloor() < 1) {
			throw new BusinessRuleException("roomFloor", "institution.site.underground");
		}
		if (site.roomFloor() > rules.maxRoomFloor()) {
			throw new BusinessRuleException("roomFloor", "institution.site.floorTooHigh", rules.maxRoomFloor());
		}
		if (site.indoorArea() == null || site.indoorArea().signum() <= 0
				|| site.indoorArea().compareTo(new BigDecimal("999999")) > 0) {
			throw new BusinessRuleException("indoorArea", "institution.site.area");
		}
		if (mainSiteDivision != null && !division.value().startsWith(mainSiteDivision.value().substring(0, 6))) {
			throw new BusinessRuleException("divisionCode", "institution.site.otherCounty");
		}
		return division;
	}

	private static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
		return value.compareTo(min) < 0 || value.compareTo(max) > 0;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
