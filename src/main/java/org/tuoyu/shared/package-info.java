/**
 * Shared value types (resident ID, credit code, division code, phone number, working-day
 * calendar) with their checksum rules. Plain Java, no Spring beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tuoyu.shared;
