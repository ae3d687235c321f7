/**
 * Statistics: the plan's indicators (DOMAIN §4) for every division and year, with numerator,
 * denominator and the 2025 target, computed from live data for the current year and from the
 * plan's baseline figures for earlier years.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.tuoyu.statistics;
