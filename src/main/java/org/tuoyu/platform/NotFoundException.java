package org.tuoyu.platform;

/**
 * A resource does not exist or lies outside the user's data scope: both answer 404 so that
 * nobody can probe for records they may not see.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
