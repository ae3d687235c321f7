package org.tuoyu.institution;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One institution found near a point: its nearest site and the straight-line distance to it, with
 * the free places and waiting applications per class type when enrolment provides them.
 */
public record DirectoryEntry(UUID id, String name, InstitutionCategory category, boolean inclusive,
		DemonstrationLevel demonstrationLevel, int distanceM, BigDecimal lat, BigDecimal lng, String siteName,
		String address, int places, BigDecimal monthlyFeeFrom, Map<ClassType, Vacancies.Vacancy> vacancies) {

	/** Free places over all class types now. */
	@JsonProperty
	public int freePlaces() {
		return vacancies.values().stream().mapToInt(Vacancies.Vacancy::free).sum();
	}

	/** Applications waiting, over all class types. */
	@JsonProperty
	public int waiting() {
		return vacancies.values().stream().mapToInt(Vacancies.Vacancy::waiting).sum();
	}

	DirectoryEntry withVacancies(Map<ClassType, Vacancies.Vacancy> byType) {
		return new DirectoryEntry(id, name, category, inclusive, demonstrationLevel, distanceM, lat, lng, siteName,
				address, places, monthlyFeeFrom, byType == null ? Map.of() : byType);
	}
}
