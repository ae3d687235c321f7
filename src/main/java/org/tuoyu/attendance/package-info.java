/**
 * Attendance: children and caregivers checked in and out of their class every day (children only
 * to an authorised pick-up person), absences reported by guardians, the children expected and
 * those to follow up, live caregiver ratios and their breaches, rolls and monthly attendance, and
 * gate devices with their own tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package org.tuoyu.attendance;
