/**
 * Daily report (一日生活记录): caregivers record through a child's day at the institution — meals,
 * drinks, naps, nappies and toilet, mood, activities, notes — for several children at once on the
 * class's tablet; medicine is given only against a guardian's written request; guardians follow
 * the day on the phone as it happens, read an end-of-day summary in their inbox and go back through
 * previous days. Arrival and departure come from attendance.
 */
package org.tuoyu.messaging.daily;
