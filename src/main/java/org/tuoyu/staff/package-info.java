/**
 * Staff: one record per person across institutions (matched by resident ID), employments,
 * certificates and their expiry, class assignments with caregiver ratios and the health-worker
 * rule, and the ban list (禁业) that stops a barred person from being hired.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package org.tuoyu.staff;
