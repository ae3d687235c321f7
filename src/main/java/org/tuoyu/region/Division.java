package org.tuoyu.region;

import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;

/**
 * A statistical division (统计用区划).
 *
 * @param code the division code
 * @param name the official name
 * @param level city, county, street/town or community/village
 * @param parentCode the enclosing division, {@code null} for a root
 */
public record Division(DivisionCode code, String name, DivisionLevel level, DivisionCode parentCode) {

	/** The same division without a parent: the root of an imported tree. */
	public Division asRoot() {
		return new Division(code, name, level, null);
	}
}
