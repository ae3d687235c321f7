/**
 * Health: morning and noon checks (晨午检) with the guardians told of anything abnormal, outbreak
 * signals from the same symptom in one class, incidents and injuries with serious ones reported
 * to the district, and the re-examination (返园体检) of a child back after a long absence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health")
package org.tuoyu.health;
