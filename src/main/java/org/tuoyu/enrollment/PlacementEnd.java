package org.tuoyu.enrollment;

/** Why a placement ended. */
public enum PlacementEnd {

	/** The child left (退托) */
	LEFT,
	/** The child moved to another institution (转托) */
	TRANSFER;

	public String messageKey() {
		return "enrollment.end." + name();
	}
}
