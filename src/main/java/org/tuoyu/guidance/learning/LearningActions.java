package org.tuoyu.guidance.learning;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.Role;

/**
 * Who may do what with online classes and the awareness survey, in one place. The scope of each
 * action (which courses, which area) is checked by the facades; a role that never has an action
 * is refused here (403).
 */
public final class LearningActions {

	/** Courses: officers of a city, district or street, and guidance providers' workers. */
	public static final String COURSE_AUTHORS = "hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN', 'STREET_OFFICER', 'GUIDANCE_PROVIDER')";

	/** Questionnaires: city and district administrators, for their own area. */
	public static final String SURVEY_OWNERS = "hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN')";

	/** Paper questionnaires: street officers and community health workers, for communities of their street. */
	public static final String PAPER_ENTRY = "hasAnyRole('STREET_OFFICER', 'COMMUNITY_HEALTH')";

	/** Awareness of an area: officers and community health workers. */
	public static final String AWARENESS_READERS = "hasAnyRole('CITY_ADMIN', 'DISTRICT_ADMIN', 'STREET_OFFICER', 'INSPECTOR', 'COMMUNITY_HEALTH')";

	private static final Set<Role> AUTHORS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_OFFICER,
			Role.GUIDANCE_PROVIDER);

	private static final Set<Role> OWNERS = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_ADMIN);

	private static final Set<Role> PAPER = EnumSet.of(Role.STREET_OFFICER, Role.COMMUNITY_HEALTH);

	private LearningActions() {
	}

	/** Whether the user writes courses. */
	public static boolean writesCourses(CurrentUser user) {
		return AUTHORS.contains(user.role());
	}

	/** Whether the user manages questionnaires. */
	public static boolean ownsSurveys(CurrentUser user) {
		return OWNERS.contains(user.role()) && user.scope().division() != null;
	}

	/** Whether the user enters paper questionnaires. */
	public static boolean entersPaper(CurrentUser user) {
		return PAPER.contains(user.role()) && user.scope().division() != null;
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("not an action of this role");
		}
	}

	static void requireGuardian(CurrentUser user) {
		require(user.role() == Role.GUARDIAN);
	}
}
