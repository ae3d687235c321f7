package org.tuoyu.institution;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Free places and waiting lists per class type, for the public page: provided by the module that
 * knows placements and applications (an SPI, so the registry does not depend on enrolment).
 */
public interface Vacancies {

	/** Per class type of the institution: its places, the children placed and the applications waiting. */
	Map<ClassType, Vacancy> of(InstitutionDetail institution);

	/** The same for several institutions at once (search results), by institution id. */
	Map<UUID, Map<ClassType, Vacancy>> of(Collection<UUID> institutionIds);

	/**
	 * @param places places of the class type
	 * @param placed children holding a place
	 * @param waiting applications waiting for this class type
	 */
	record Vacancy(int places, int placed, int waiting) {

		@JsonProperty
		public int free() {
			return Math.max(0, places - placed);
		}
	}
}
