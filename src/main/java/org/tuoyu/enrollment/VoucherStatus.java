package org.tuoyu.enrollment;

/** The life of a voucher: issued, then redeemed once, or expired, or revoked. */
public enum VoucherStatus {

	ISSUED, REDEEMED, EXPIRED, REVOKED;

	/** The message key of the status's display name. */
	public String messageKey() {
		return "voucher.status." + name();
	}
}
