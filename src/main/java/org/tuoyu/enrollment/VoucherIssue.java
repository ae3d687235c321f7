package org.tuoyu.enrollment;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of issuing vouchers: how many were issued now, how many children already held one
 * (skipped), and for a list, every line that was refused with its reason.
 *
 * @param issued vouchers written now (0 on a check that writes nothing)
 * @param eligible children who can get a voucher (issued now, or would be on confirmation)
 * @param skipped children who already hold the voucher
 * @param confirmed whether vouchers were written, or this was only a check
 */
public record VoucherIssue(int issued, int eligible, int skipped, List<RejectedLine> rejected, boolean confirmed)
		implements Serializable {

	/**
	 * A line of a list that was refused.
	 *
	 * @param line the line number, from 1
	 * @param value the line as given, masked if it is a valid resident ID
	 * @param reason the message key of the reason
	 */
	public record RejectedLine(int line, String value, String reason) implements Serializable {
	}
}
