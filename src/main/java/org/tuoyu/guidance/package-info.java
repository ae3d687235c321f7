/**
 * Parenting guidance (科学育儿指导) for every family with a child under 3: the register of all
 * children 0–3 of an area, the guidance providers counties, streets and communities commission,
 * their sessions with bookings and attendance, online classes and awareness surveys, the free
 * quota of sessions per home-cared child, and the figures behind the guidance indicators.
 *
 * <p>Features live in sub-packages: {@code register} (the children), {@code services} (the ledger
 * of services received and the quota), and the parts that record services into it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guidance")
package org.tuoyu.guidance;
