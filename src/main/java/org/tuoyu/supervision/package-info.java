/**
 * Supervision (双随机、一公开 and 信用监管): inspection plans and verifiable double-random draws of
 * institutions and inspectors; inspections with findings, rectification and publication of their
 * results; institutions' credit and quality grades; complaints from the public; and the transfer
 * of children when an institution closes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.tuoyu.supervision;
