package org.tuoyu.staff;

import java.time.LocalDate;

/** A person an institution takes on: who, how to reach them, in which role and from when. */
public record NewHire(String name, String residentId, String phone, StaffRole role, LocalDate startedOn) {
}
