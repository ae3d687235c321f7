package org.tuoyu.enrollment;

/** What a voucher gives: free days of trial care (体验券) or an amount off a month's fee (消费券). */
public enum VoucherKind {

	/** 体验券: a number of free days at a participating institution. */
	TRIAL,

	/** 消费券: an amount off the fee of one service month. */
	CONSUMPTION;

	/** The message key of the kind's display name. */
	public String messageKey() {
		return "voucher.kind." + name();
	}
}
