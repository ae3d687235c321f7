/**
 * Statistics: the plan's indicators (DOMAIN §4) for every division and year, with numerator,
 * denominator and the 2025 target; the current year from per-institution summary rows that the
 * institution, enrollment and staff modules' events keep current within seconds, earlier years
 * from the plan's baseline figures; and the children 0–3 of a division, stated or estimated.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.tuoyu.statistics;
