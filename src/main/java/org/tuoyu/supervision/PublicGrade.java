package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An institution's published quality grade: the latest approved assessment's grade and date; all null without one.
 *
 * @param institutionId the institution
 * @param grade the grade
 * @param year the year assessed
 * @param gradedOn the day the assessment was approved
 */
public record PublicGrade(UUID institutionId, Grade grade, Integer year, LocalDate gradedOn) {
}
