package org.tuoyu.enrollment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application and priority rules ({@code tuoyu.rules.enrollment.*}), published on
 * {@code /enrollment/rules}.
 *
 * @param maxChoices institutions per application, in ranked order (default 3)
 * @param points priority points per reason (defaults: sibling placed there 40, employer staff 30,
 * support 20, same street 10); ties go to the earlier application
 * @param monthsAhead how far ahead a start date may lie (default 12)
 */
@ConfigurationProperties("tuoyu.rules.enrollment")
public record EnrollmentRules(Integer maxChoices, Map<PriorityReason, Integer> points, Integer monthsAhead) {

	public EnrollmentRules {
		maxChoices = maxChoices == null ? 3 : maxChoices;
		Map<PriorityReason, Integer> merged = new EnumMap<>(PriorityReason.class);
		merged.put(PriorityReason.SIBLING, 40);
		merged.put(PriorityReason.EMPLOYER_STAFF, 30);
		merged.put(PriorityReason.SUPPORT, 20);
		merged.put(PriorityReason.SAME_STREET, 10);
		if (points != null) {
			merged.putAll(points);
		}
		points = Collections.unmodifiableMap(merged);
		monthsAhead = monthsAhead == null ? 12 : monthsAhead;
	}

	public int pointsFor(PriorityReason reason) {
		return points.get(reason);
	}
}
