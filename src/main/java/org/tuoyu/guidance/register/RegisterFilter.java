package org.tuoyu.guidance.register;

/**
 * What part of the register to list; every field is optional.
 *
 * @param area a division inside the user's area (district, street or community); the whole area when empty
 * @param name part of a child's name
 * @param status only children with this status
 * @param page the page, from 0
 */
public record RegisterFilter(String area, String name, RegisterStatus status, Integer page) {

	/** The page asked for, never below the first. */
	public int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}
}
