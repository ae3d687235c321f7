package org.tuoyu.supervision;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tuoyu.institution.InstitutionStatus;

/**
 * Defaults and limits of inspection plans and draws ({@code tuoyu.supervision.draw.*}).
 *
 * @param inspectorsPerInstitution inspectors drawn per institution unless a plan says otherwise (default 2)
 * @param maxInspectorsPerInstitution the most a plan may ask for (default 5)
 * @param excludePreviousRound whether a new plan keeps inspectors away from the institutions they
 *        were drawn for in the previous round of the same division (default true)
 * @param weightScale the integer weight of a candidate whose risk factors multiply to 1 (default 10,000)
 * @param statuses the institution statuses eligible unless a plan says otherwise (default filed, verified)
 * @param maxCount the most institutions a plan may draw by count (default 10,000)
 */
@ConfigurationProperties("tuoyu.supervision.draw")
public record DrawSettings(@DefaultValue("2") int inspectorsPerInstitution,
		@DefaultValue("5") int maxInspectorsPerInstitution, @DefaultValue("true") boolean excludePreviousRound,
		@DefaultValue("10000") long weightScale, @DefaultValue({ "FILED", "VERIFIED" }) List<InstitutionStatus> statuses,
		@DefaultValue("10000") int maxCount) {

	public DrawSettings {
		if (inspectorsPerInstitution < 1 || maxInspectorsPerInstitution < inspectorsPerInstitution || weightScale < 1
				|| statuses.isEmpty() || maxCount < 1) {
			throw new IllegalArgumentException(
					"tuoyu.supervision.draw needs 1 ≤ inspectors-per-institution ≤ max-inspectors-per-institution,"
							+ " weight-scale ≥ 1, max-count ≥ 1 and at least one status");
		}
		statuses = List.copyOf(statuses);
	}
}
