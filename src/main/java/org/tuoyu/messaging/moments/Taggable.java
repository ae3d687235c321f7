package org.tuoyu.messaging.moments;

import java.util.List;
import java.util.UUID;

/**
 * The classes a staff member posts for, each with its children placed now and whether they may be tagged.
 *
 * @param classes the classes, by name
 */
public record Taggable(List<TaggableClass> classes) {

	/**
	 * A class and its children.
	 *
	 * @param classId the class
	 * @param name its name
	 * @param children its children placed now, by name
	 */
	public record TaggableClass(UUID classId, String name, List<TaggableChild> children) {
	}

	/**
	 * A child of the class.
	 *
	 * @param childId the child
	 * @param name the child's name
	 * @param photoConsent whether the guardians' photo consent is in force: a child without it cannot be tagged
	 */
	public record TaggableChild(UUID childId, String name, boolean photoConsent) {
	}
}
