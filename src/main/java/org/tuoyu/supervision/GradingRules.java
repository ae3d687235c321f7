package org.tuoyu.supervision;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Quality assessment and grading rules ({@code tuoyu.supervision.grading.*}).
 *
 * @param maxPoints the points of each WS/T 821 dimension (defaults: conditions 15, staff 15, care 20,
 *        health care 15, parenting support 10, safety 15, management 10; 100 in all)
 * @param gradeFrom the lowest total of each grade but the last (defaults: excellent 90, good 80,
 *        pass 60; fail below)
 */
@ConfigurationProperties("tuoyu.supervision.grading")
public record GradingRules(Map<QualityAssessmentDimension, Integer> maxPoints, Map<Grade, Integer> gradeFrom) {

	public GradingRules {
		Map<QualityAssessmentDimension, Integer> points = new EnumMap<>(QualityAssessmentDimension.class);
		points.putAll(Map.of(QualityAssessmentDimension.CONDITIONS, 15, QualityAssessmentDimension.STAFF, 15,
				QualityAssessmentDimension.CARE, 20, QualityAssessmentDimension.HEALTH_CARE, 15,
				QualityAssessmentDimension.PARENTING_SUPPORT, 10, QualityAssessmentDimension.SAFETY, 15,
				QualityAssessmentDimension.MANAGEMENT, 10));
		if (maxPoints != null) {
			points.putAll(maxPoints);
		}
		if (points.values().stream().anyMatch(p -> p == null || p <= 0)) {
			throw new IllegalArgumentException("tuoyu.supervision.grading.max-points must be positive");
		}
		maxPoints = Map.copyOf(points);
		Map<Grade, Integer> bands = new EnumMap<>(Grade.class);
		bands.putAll(Map.of(Grade.EXCELLENT, 90, Grade.GOOD, 80, Grade.PASS, 60));
		if (gradeFrom != null) {
			bands.putAll(gradeFrom);
		}
		gradeFrom = Map.copyOf(bands);
	}

	/** The defaults. */
	public static GradingRules defaults() {
		return new GradingRules(null, null);
	}

	/** The points of all dimensions together. */
	public int totalPoints() {
		return maxPoints.values().stream().mapToInt(Integer::intValue).sum();
	}
}
