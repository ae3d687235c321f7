package org.tuoyu.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint (举报) about an institution was investigated and upheld; credit reacts to it.
 *
 * @param complaintId the complaint
 * @param institutionId the institution complained about
 * @param upheldOn the day it was upheld
 */
public record ComplaintUpheld(UUID complaintId, UUID institutionId, LocalDate upheldOn) {
}
