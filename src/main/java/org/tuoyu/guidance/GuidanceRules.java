package org.tuoyu.guidance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of parenting guidance that differ between cities (defaults from the plan).
 *
 * @param freeSessionsPerYear free guidance sessions each home-cared child should have a year (≥ 6)
 * @param registerMaxAgeMonths the oldest a child of the register may be, in months (under 3 years)
 */
@ConfigurationProperties("tuoyu.guidance")
public record GuidanceRules(@DefaultValue("6") int freeSessionsPerYear, @DefaultValue("36") int registerMaxAgeMonths) {
}
