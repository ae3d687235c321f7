/**
 * Enrollment: applications of a child to up to three institutions in ranked order, the class type
 * the child's age decides, and fair, explainable waitlists by published priority rules. Offers,
 * placements, vouchers and fees follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enrollment")
package org.tuoyu.enrollment;
