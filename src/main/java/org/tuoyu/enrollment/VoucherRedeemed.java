package org.tuoyu.enrollment;

import java.util.UUID;

/** An institution redeemed a child's voucher; {@code trial} for a free trial voucher (体验券). */
public record VoucherRedeemed(UUID institutionId, UUID childId, boolean trial) {
}
