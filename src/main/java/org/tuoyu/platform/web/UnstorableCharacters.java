package org.tuoyu.platform.web;

import java.sql.SQLException;

/**
 * Whether the database refused text it cannot store: a NUL character ({@code \u0000}) or a byte
 * sequence that is not UTF-8 (SQL states 22021 and 22P05). That is bad input, not a fault.
 */
final class UnstorableCharacters {

	private UnstorableCharacters() {
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql
					&& ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}
}
