package org.tuoyu.platform;

import java.util.Optional;

import org.tuoyu.shared.DivisionCode;

/**
 * Lookup of division names, provided by the region module, so that accounts can be scoped to
 * divisions that exist.
 */
public interface KnownDivisions {

	/** The division's name, if the division exists. */
	Optional<String> nameOf(DivisionCode code);
}
